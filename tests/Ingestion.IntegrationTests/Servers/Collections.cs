namespace Ingestion.IntegrationTests.Servers;

/// <summary>Tests in this collection share one broker; collections run in parallel, tests within one do not.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqServer>
{
    public const string Name = "RabbitMQ";
}

/// <summary>Tests in this collection share one PostgreSQL server; each test makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
