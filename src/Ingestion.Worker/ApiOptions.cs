using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Ingestion.Worker;

/// <summary>The HTTP API's settings. Bound from "Ingestion:Api" (env: Ingestion__Api__Key, Ingestion__Api__MaxPageSize).</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string Section = "Ingestion:Api";

    /// <summary>The header a caller of a write endpoint sends the key in.</summary>
    public const string KeyHeader = "X-Api-Key";

    /// <summary>
    /// When set, the write endpoints (adding, removing and reinstating feeds) need it in the X-Api-Key header;
    /// when empty they are open, as before keys existed. Reading never needs a key.
    /// </summary>
    [MinLength(16, ErrorMessage = "Ingestion:Api:Key must be at least 16 characters long (or empty for no key).")]
    public string? Key { get; set; }

    /// <summary>Claims on one page when the request gives no limit.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The largest limit a request may ask for; more is a 400.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 200;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultPageSize > MaxPageSize)
        {
            yield return new ValidationResult(
                $"Ingestion:Api:DefaultPageSize ({DefaultPageSize}) must not be larger than Ingestion:Api:MaxPageSize ({MaxPageSize}).", [nameof(DefaultPageSize)]);
        }
    }
}

/// <summary>Requires the configured API key on the endpoints it is attached to; lets everything through when no key is set.</summary>
internal sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = options.Value.Key;
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }

        var given = context.HttpContext.Request.Headers[ApiOptions.KeyHeader].ToString();
        // Constant-time comparison: the time of a refusal must not tell how much of a guess was right.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = ApiOptions.KeyHeader;
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"This endpoint changes the worker's state: send the key configured as Ingestion:Api:Key in the {ApiOptions.KeyHeader} header.");
        }

        return await next(context);
    }
}

/// <summary>Marks an endpoint that needs the API key, so that the OpenAPI document can say so.</summary>
public sealed class ApiKeyRequiredMetadata;

public static class ApiKeyEndpoints
{
    /// <summary>The name of the key's security scheme in the OpenAPI document.</summary>
    public const string SecurityScheme = "apiKey";

    /// <summary>The endpoint needs the API key when one is configured (<see cref="ApiOptions.Key"/>).</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>().WithMetadata(new ApiKeyRequiredMetadata());

    /// <summary>Declares the X-Api-Key scheme in the OpenAPI document and requires it on the endpoints that need the key.</summary>
    public static OpenApiOptions AddApiKeySecurity(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiOptions.KeyHeader,
                Description = "Ingestion:Api:Key; needed only by the endpoints that change state, and only when a key is configured.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequiredMetadata>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] });
                operation.Responses ??= new OpenApiResponses();
                operation.Responses["401"] = new OpenApiResponse { Description = "The API key is missing or wrong." };
            }

            return Task.CompletedTask;
        });
        return options;
    }
}
