using System.Collections.Concurrent;
using System.Text.Json;

namespace Ingestion.Storage;

/// <summary>
/// The wire label of a contract enum ("GPE", "outlet", "prescriptive"), so the database holds the same words
/// that subscribers see in messages and the CLI prints.
/// </summary>
internal static class ContractLabels
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<T>(T value) where T : struct, Enum =>
        Cache.GetOrAdd(value, v => JsonSerializer.Serialize((T)v).Trim('"'));
}
