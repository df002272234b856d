using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Quzhou.Governance.Cli;

/// <summary>The options <c>review</c> and <c>audit</c> share, with their messages for bad values.</summary>
internal static class ReviewOptions
{
    internal static Option<ReviewFormat?> Format(params string[] allowed) => new("--format")
    {
        Description = "How to print: " + string.Join(", ", allowed) + " (default text).",
        CustomParser = result => ParseFormat(result, allowed),
    };

    internal static Option<string?> Lang() => new("--lang")
    {
        Description = "The language of the verdicts and labels: zh (default) or en.",
        CustomParser = ParseLang,
    };

    internal static Option<string?> File(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseFile(result, name),
    };

    private static ReviewFormat? ParseFormat(ArgumentResult result, string[] allowed)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        foreach (var name in allowed)
        {
            if (token == name)
            {
                return name switch
                {
                    "markdown" => ReviewFormat.Markdown,
                    "json" => ReviewFormat.Json,
                    "html" => ReviewFormat.Html,
                    _ => ReviewFormat.Text,
                };
            }
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "--format: expected {0}, found \"{1}\".", string.Join(", ", allowed), Messages.Window(token, 0)));
        return null;
    }

    private static string? ParseLang(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (token is "zh" or "en")
        {
            return token;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "--lang: expected zh or en, found \"{0}\".", Messages.Window(token, 0)));
        return null;
    }

    private static string? ParseFile(ArgumentResult result, string name)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (token.Trim().Length > 0)
        {
            return token;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: expected a file name, found \"{1}\".", name, Messages.Window(token, 0)));
        return null;
    }
}
