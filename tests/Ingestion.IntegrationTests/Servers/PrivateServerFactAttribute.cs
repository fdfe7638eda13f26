namespace Ingestion.IntegrationTests.Servers;

/// <summary>
/// A test that stops and starts its server (or changes it otherwise), which the tests may only do to a server
/// they started themselves: it is skipped, saying why, when the environment variable points the tests at an
/// existing server.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PrivateServerFactAttribute : FactAttribute
{
    public PrivateServerFactAttribute(string environmentVariable)
        : this(environmentVariable, "restarts its server")
    {
    }

    /// <param name="environmentVariable">The variable that names an existing server.</param>
    /// <param name="needs">What the test does that only a private server allows, for the skip message.</param>
    public PrivateServerFactAttribute(string environmentVariable, string needs)
    {
        EnvironmentVariable = environmentVariable;
        if (!string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable(environmentVariable)))
        {
            Skip = $"{needs}, but {environmentVariable} points the tests at an existing server, which they must leave as it is";
        }
    }

    /// <summary>The variable that names an existing server (RabbitMqServer/PostgresServer.EnvironmentVariable).</summary>
    public string EnvironmentVariable { get; }
}
