namespace Ingestion.Storage;
