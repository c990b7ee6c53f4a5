using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Names;

/// <summary>
/// The names of one thing: a <see cref="Primary"/> name and any number of <see cref="Aliases"/>
/// (other spellings, scripts, acronyms, former names).
/// </summary>
/// <remarks>Equality compares the primary name and the aliases in order.</remarks>
public sealed record NameSet
{
    /// <summary>Creates a set of names.</summary>
    /// <param name="primary">The name to show first.</param>
    /// <param name="aliases">The other names; <c>default</c> is taken as none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="primary"/> or one of <paramref name="aliases"/> is <see langword="null"/>.</exception>
    public NameSet(Name primary, ImmutableArray<Name> aliases = default)
    {
        Primary = Preconditions.CheckNotNull(primary);
        Aliases = aliases; // a default array reads as empty
        Preconditions.CheckNoNullElements(Aliases, nameof(aliases), "An alias may not be null.");
    }

    /// <summary>Gets the name to show first.</summary>
    public Name Primary { get; }

    /// <summary>Gets the other names, in the order given; never a default array, even for a set made without its constructor.</summary>
    public ImmutableArray<Name> Aliases { get => field.IsDefault ? [] : field; }

    /// <summary>Gets the acronyms among all the names.</summary>
    public ImmutableArray<Name> Acronyms => [.. All.Where(n => n.Kind == NameKind.Acronym)];

    /// <summary>Gets the primary name followed by the aliases.</summary>
    public ImmutableArray<Name> All => Aliases.Insert(0, Primary);

    /// <summary>Creates a set from a primary name and alias texts, all of kind <see cref="NameKind.Name"/> and unknown language.</summary>
    /// <param name="primary">The primary name.</param>
    /// <param name="aliases">Other spellings.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">A name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty or too long.</exception>
    public static NameSet Of(string primary, params string[] aliases)
    {
        Preconditions.CheckNotNull(aliases);
        return new(new Name(primary), [.. aliases.Select(a => new Name(a))]);
    }

    /// <summary>Returns a copy with one more alias.</summary>
    /// <param name="alias">The alias to add.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alias"/> is <see langword="null"/>.</exception>
    public NameSet WithAlias(Name alias) => new(Primary, Aliases.Add(Preconditions.CheckNotNull(alias)));

    /// <summary>Tells whether any of the names matches <paramref name="text"/> (see <see cref="Name.Matches"/>).</summary>
    /// <param name="text">The text to match; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a name matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NameFolding.MaxInputLength"/> characters.</exception>
    public bool Matches(string? text)
    {
        if (text is null || NameFolding.Fold(text) is not { Length: > 0 } key)
        {
            return false;
        }

        foreach (var name in All)
        {
            if (NameFolding.Fold(name.Text) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(NameSet? other) =>
        other is not null && Primary.Equals(other.Primary) && Equality.Sequence(Aliases, other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Primary, Equality.Hash(Aliases));

    /// <summary>Returns the primary name.</summary>
    /// <returns>The primary name's text.</returns>
    public override string ToString() => Primary.Text;
}
