using System.CommandLine;
using Ingestion.Cli;

var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Input files; '-' reads standard input." };
var url = new Option<string?>("--url") { Description = "The page's address (resolves links, keys ids)." };
var html = new Option<bool>("--html") { Description = "Treat inputs as HTML, whatever their extension." };
var text = new Option<bool>("--text") { Description = "Treat inputs as plain text, whatever their extension." };
var published = new Option<string?>("--published") { Description = "Publication date (ISO 8601), the anchor for relative dates." };
var enrich = new Option<bool>("--enrich") { Description = "Add entities, places, times and quantities." };

var feed = new Command("feed", "Parse RSS, Atom and JSON Feed documents.") { paths };
feed.SetAction(r => Verbs.Feed(r.GetValue(paths)!));

var extract = new Command("extract", "Extract the main article from HTML pages.") { paths, url };
extract.SetAction(r => Verbs.Extract(r.GetValue(paths)!, r.GetValue(url)));

var segment = new Command("segment", "Split plain text into sentences.") { paths };
segment.SetAction(r => Verbs.Segment(r.GetValue(paths)!));

var claims = new Command("claims", "Find the claims of articles, with their attribution.") { paths, html, text, url, published, enrich };
claims.SetAction(r => Verbs.Claims(
    r.GetValue(paths)!, r.GetValue(html), r.GetValue(text), r.GetValue(url), r.GetValue(published), r.GetValue(enrich)));

var broker = new Option<string?>("--broker") { Description = "RabbitMQ URI (amqp://user:pass@host:5672/vhost); default: the worker's Transport__* environment variables." };
var queue = new Option<string?>("--queue") { Description = "One endpoint queue (e.g. articles); default: every pipeline queue." };
var max = new Option<int>("--max") { Description = "Most messages to show or replay per queue.", DefaultValueFactory = _ => 100 };
var errorsList = new Command("list", "Show the messages in the pipeline's error queues (exit 1 when any holds messages).") { broker, queue, max };
errorsList.SetAction(r => ErrorQueues.ListAsync(ErrorQueues.BrokerUri(r.GetValue(broker)), r.GetValue(queue), r.GetValue(max)));
var errorsReplay = new Command("replay", "Move messages from error queues back to their queues.") { broker, queue, max };
errorsReplay.SetAction(r => ErrorQueues.ReplayAsync(ErrorQueues.BrokerUri(r.GetValue(broker)), r.GetValue(queue), r.GetValue(max)));
var errors = new Command("errors", "Failed messages on RabbitMQ: list them, replay them.") { errorsList, errorsReplay };

var root = new RootCommand("ingest: the news-claim text pipeline on local files (JSON Lines on standard output).")
{
    feed, extract, segment, claims, errors,
};
return await root.Parse(args).InvokeAsync();
