namespace Ingestion.IntegrationTests.Servers;

/// <summary>
/// A test that stops and starts its server, which the tests may only do to a server they started themselves:
/// it is skipped, saying why, when the environment variable points the tests at an existing server.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PrivateServerFactAttribute : FactAttribute
{
    public PrivateServerFactAttribute(string environmentVariable)
    {
        EnvironmentVariable = environmentVariable;
        if (!string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable(environmentVariable)))
        {
            Skip = $"restarts its server, but {environmentVariable} points the tests at an existing one that they must not stop";
        }
    }

    /// <summary>The variable that names an existing server (RabbitMqServer/PostgresServer.EnvironmentVariable).</summary>
    public string EnvironmentVariable { get; }
}
