using Ingestion.IntegrationTests.Servers;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// The fault tests share one private broker, one private PostgreSQL server and one corpus, and run one after
/// another: they stop and start the servers and use the pipeline's fixed queue names. Each test gets its own
/// database and starts from empty pipeline and error queues.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<RabbitMqServer>, ICollectionFixture<PostgresServer>, ICollectionFixture<FaultCorpus>
{
    public const string Name = "Faults";
}
