namespace Ingestion.Pipeline;
