using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ingestion.LoadHarness;

/// <summary>What the database holds for one run's corpus after the worker exits.</summary>
internal sealed record StoreCount(long Rows, long DistinctIds, long DistinctPositions);

/// <summary>
/// Counts the claims the run stored, read straight from the database the worker wrote (the same Storage__*
/// settings), so "every claim stored exactly once" is checked, not assumed: rows, distinct claim ids and distinct
/// (article, ordinal) positions must all equal the claims the articles stage extracted.
/// </summary>
internal static class StoreCheck
{
    public static async Task<StoreCount> CountAsync(string provider, string connectionString, string corpusFolder)
    {
        await using DbConnection connection = provider == "Postgres"
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The corpus folder is unique to the run, and every article URL of the run lies inside it.
        command.CommandText = """
            SELECT COUNT(*), COUNT(DISTINCT "ClaimId"), COUNT(DISTINCT "ArticleId" || ':' || CAST("Ordinal" AS TEXT))
            FROM claims WHERE "ArticleUrl" LIKE @folder
            """;
        var folder = command.CreateParameter();
        folder.ParameterName = "@folder";
        folder.Value = $"%{Path.GetFileName(corpusFolder)}%";
        command.Parameters.Add(folder);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new StoreCount(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
