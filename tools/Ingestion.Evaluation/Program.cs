using System.CommandLine;
using Ingestion.Evaluation;

var set = new Argument<string>("set") { Description = "The evaluation set: " + string.Join(", ", EvalSets.All.Select(s => s.Name)) + "." };
var data = new Option<string?>("--data") { Description = "The set's gold data: its file or folder (or a folder holding the development copies, e.g. shared/eval)." };
var limit = new Option<int>("--limit") { Description = "Most failures to print.", DefaultValueFactory = _ => 20 };
var json = new Option<bool>("--json") { Description = "Print one JSON object (metrics, failures) instead of the scorer's text report." };
var root = new RootCommand("ingest-eval: scores the pipeline on an evaluation set, in-process, with the rules of its Python scorer (shared/eval).")
{
    set, data, limit, json,
};
root.SetAction((r, cancellationToken) => EvalCommand.RunAsync(r.GetValue(set)!, r.GetValue(data), r.GetValue(limit), r.GetValue(json), cancellationToken));
return await root.Parse(args).InvokeAsync();
