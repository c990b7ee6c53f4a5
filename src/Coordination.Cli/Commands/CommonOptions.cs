using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
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
}
