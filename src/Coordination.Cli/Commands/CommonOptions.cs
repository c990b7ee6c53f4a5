using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using Coordination.Cli.Catalogs;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Cli.Commands;

/// <summary>The options more than one command takes.</summary>
internal static class CommonOptions
{
    /// <summary>Creates <c>--max-bytes</c>: the largest catalog file to read.</summary>
    /// <returns>The option.</returns>
    public static Option<long> MaxBytes()
    {
        var option = new Option<long>("--max-bytes")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Refuse catalog files larger than this many bytes (1 to {CatalogFile.LargestMaxBytes})."),
            HelpName = "BYTES",
            DefaultValueFactory = _ => CatalogFile.DefaultMaxBytes,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() is < 1 or > CatalogFile.LargestMaxBytes)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--max-bytes must be between 1 and {CatalogFile.LargestMaxBytes}."));
            }
        });
        return option;
    }

    /// <summary>Creates <c>--as-of</c>: a date in ISO form.</summary>
    /// <returns>The option; its value is <see langword="null"/> when not given.</returns>
    public static Option<LocalDate?> AsOf() => new("--as-of")
    {
        Description = "The date of the situation, as yyyy-MM-dd [default: today in Asia/Baghdad].",
        HelpName = "DATE",
        CustomParser = ParseDate,
    };

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{OneLineText.Clip(OneLineText.Of(text), 40)}' is not a date in the form yyyy-MM-dd, such as 2021-05-01.");
        return null;
    }

    /// <summary>
    /// Creates <c>--format</c> (<c>-f</c>) bound to <typeparamref name="TFormat"/>: its values are the members'
    /// names in lower case, in declaration order; any other value is a parse error that lists them. Without
    /// the option the format is the member whose value is zero, <c>default(TFormat)</c>.
    /// </summary>
    /// <typeparam name="TFormat">The formats the command writes.</typeparam>
    /// <param name="description">What each format is.</param>
    /// <returns>The option.</returns>
    public static Option<TFormat> Format<TFormat>(string description)
        where TFormat : struct, Enum
    {
        // No DefaultValueFactory: help would show the member's name (Text), not the value to type (text).
        var defaultValue = default(TFormat);
        var names = Enum.GetValues<TFormat>().Select(value => (Name: NameOf(value), Value: value)).ToArray();
        var option = new Option<TFormat>("--format", "-f")
        {
            Description = $"{description} [default: {NameOf(defaultValue)}]",
            HelpName = string.Join('|', names.Select(n => n.Name)),
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                foreach (var (name, value) in names)
                {
                    if (name == text)
                    {
                        return value;
                    }
                }

                result.AddError($"Argument '{OneLineText.Clip(OneLineText.Of(text), 40)}' not recognized. Must be one of: {string.Join(' ', names.Select(n => $"'{n.Name}'"))}");
                return defaultValue;
            },
        };
        option.CompletionSources.Add([.. names.Select(n => n.Name)]);
        return option;
    }

    /// <summary>Names a format on the command line: its member name in lower case (<c>Markdown</c> → <c>markdown</c>).</summary>
    /// <typeparam name="TFormat">The formats.</typeparam>
    /// <param name="format">The format.</param>
    /// <returns>The name.</returns>
    public static string NameOf<TFormat>(TFormat format)
        where TFormat : struct, Enum => format.ToString().ToLowerInvariant();
}
