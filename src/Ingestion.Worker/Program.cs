using Ingestion.Worker;

// `Ingestion.Worker [--once | --migrate | --healthcheck URL] [host arguments]`: the mode decides the host
// (WorkerCommandLine, WorkerHost); configuration comes from appsettings.json, the environment and the arguments.
return await WorkerHost.RunAsync(args);
