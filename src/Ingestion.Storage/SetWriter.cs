using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ingestion.Storage;

/// <summary>
/// Set-based writes for the hot path: one multi-row <c>INSERT ... ON CONFLICT (key) DO UPDATE</c> per table and
/// batch, the same SQL on PostgreSQL and SQLite (3.24+). Tables, columns, key and value conversions come from the
/// EF model, so the statements follow the migrations; nothing is tracked, and no row is read back.
/// </summary>
internal sealed class SetWriter
{
    /// <summary>
    /// Parameters per statement, under SQLite's limit (32,766) and PostgreSQL's (65,535) with room to spare; larger
    /// batches are split into several statements of the same transaction.
    /// </summary>
    private const int MaxParametersPerStatement = 16_000;

    /// <summary>
    /// Parameters per statement on SQLite. Binding a command's named parameters there costs time in the product of
    /// the statement's parameters and the command's (each name is looked up among all of them): at 16,000 a store
    /// batch spent 15% of the worker's CPU comparing parameter names. A thousand keeps a statement's binding cheap,
    /// and the statements of a batch stay in one transaction.
    /// </summary>
    private const int MaxParametersPerSqliteStatement = 1_000;

    private static int MaxParameters(IngestionDbContext db) => db.Database.IsSqlite() ? MaxParametersPerSqliteStatement : MaxParametersPerStatement;

    private readonly IEntityType _entity;
    private readonly string _table;
    private readonly IReadOnlyList<IProperty> _properties;
    private readonly IReadOnlyList<string> _columns;
    private readonly string _conflict;

    private SetWriter(IEntityType entity, IReadOnlyCollection<string> keepOnUpdate, string? updateCondition, ExistingRow existing = ExistingRow.Update)
    {
        _entity = entity;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _table = Quote(entity.GetTableName()!);
        _properties = entity.GetProperties().ToList();
        _columns = _properties.Select(p => p.GetColumnName(table)!).ToList();
        var key = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(table)!).ToList();
        var updated = _columns.Where(c => !key.Contains(c) && !keepOnUpdate.Contains(c)).Select(c => $"{Quote(c)} = excluded.{Quote(c)}");
        _conflict = existing switch
        {
            ExistingRow.Fail => "",
            ExistingRow.Keep => " ON CONFLICT DO NOTHING",
            _ => $" ON CONFLICT ({string.Join(", ", key.Select(Quote))}) DO UPDATE SET {string.Join(", ", updated)}"
                + (updateCondition is null ? "" : $" WHERE {updateCondition.Replace("{table}", _table, StringComparison.Ordinal)}"),
        };
    }

    /// <summary>What an insert does with a row whose key is already stored.</summary>
    public enum ExistingRow
    {
        /// <summary>Overwrite it (an upsert).</summary>
        Update,

        /// <summary>Keep the stored row and skip the new one.</summary>
        Keep,

        /// <summary>Fail the statement on the key (the caller decides what a conflict means).</summary>
        Fail,
    }

    /// <summary>An insert-only writer for <typeparamref name="T"/>: <paramref name="existing"/> says what a stored key does.</summary>
    public static SetWriter ForInsert<T>(IngestionDbContext db, ExistingRow existing) =>
        new(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model"),
            [], null, existing);

    /// <summary>
    /// A writer for the entity type <typeparamref name="T"/> (owned types included). Columns in
    /// <paramref name="keepOnUpdate"/> keep their stored value when the row exists; <paramref name="updateCondition"/>
    /// (SQL over <c>{table}</c>, the stored row, and <c>excluded</c>, the new one) limits which existing rows are updated.
    /// </summary>
    public static SetWriter For<T>(IngestionDbContext db, IReadOnlyCollection<string>? keepOnUpdate = null, string? updateCondition = null) =>
        new(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model"),
            keepOnUpdate ?? [], updateCondition);

    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public string Table => _table;

    public string Column(string property) => _columns[_properties.ToList().FindIndex(p => p.Name == property)];

    /// <summary>
    /// Upserts (or inserts, for a <see cref="ForInsert{T}"/> writer) <paramref name="rows"/> in the context's current transaction. <paramref name="shadowValues"/> gives
    /// the values of properties the CLR type does not have (an owned row's claim id).
    /// </summary>
    public async Task UpsertAsync<T>(IngestionDbContext db, IReadOnlyList<T> rows, Func<T, string, object?>? shadowValues, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // Parameters are made by the provider's own command (with the model's type mappings) and the statement runs
        // through EF, so it joins the context's transaction and passes its interceptors and logging.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var rowsPerStatement = Math.Max(1, MaxParameters(db) / _properties.Count);
        var mappings = _properties.Select(p => p.GetRelationalTypeMapping()).ToList();
        var getters = _properties.Select(p => p.PropertyInfo).ToList();
        for (var first = 0; first < rows.Count; first += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - first);
            var parameters = new List<object>(count * _properties.Count);
            var sql = new StringBuilder(64 + count * _properties.Count * 8);
            sql.Append("INSERT INTO ").Append(_table).Append(" (").AppendJoin(", ", _columns.Select(Quote)).Append(") VALUES ");
            for (var r = 0; r < count; r++)
            {
                var row = rows[first + r];
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < _properties.Count; c++)
                {
                    var name = $"@p{r * _properties.Count + c}";
                    sql.Append(c == 0 ? "" : ", ").Append(name);
                    var value = getters[c] is { } getter ? getter.GetValue(row) : shadowValues?.Invoke(row, _properties[c].Name);
                    // The type mapping applies the model's value converter (dates on SQLite, UTC on PostgreSQL).
                    parameters.Add(mappings[c].CreateParameter(factory, name, value, _properties[c].IsNullable));
                }

                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.Append(_conflict).ToString(), parameters, cancellationToken);
        }
    }

    /// <summary>Deletes the rows whose <paramref name="property"/> is one of <paramref name="values"/>.</summary>
    public async Task DeleteWhereInAsync(IngestionDbContext db, string property, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return;
        }

        var index = _properties.ToList().FindIndex(p => p.Name == property);
        var mapping = _properties[index].GetRelationalTypeMapping();
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var perStatement = MaxParameters(db);
        for (var first = 0; first < values.Count; first += perStatement)
        {
            var count = Math.Min(perStatement, values.Count - first);
            var names = Enumerable.Range(0, count).Select(i => $"@d{i}").ToList();
            var parameters = names.Select((name, i) => (object)mapping.CreateParameter(factory, name, values[first + i], nullable: false)).ToList();
            // Only the model's table and column names and parameter placeholders are in the text; values are bound.
            var sql = $"DELETE FROM {_table} WHERE {Quote(_columns[index])} IN ({string.Join(", ", names)})";
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }
}
