using System;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Actors;
using Coordination.Domain.Finance;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary><see cref="CoordinationJson.NameOf{TEnum}(TEnum)"/> gives the names the contract writes and reads.</summary>
public sealed class CoordinationJsonNameOfTests
{
    [Fact]
    public void A_member_is_named_in_camel_case()
    {
        Assert.Equal("jointCoordinationCentre", CoordinationJson.NameOf(MechanismKind.JointCoordinationCentre));
        Assert.Equal("moreThan", CoordinationJson.NameOf(AmountQualifier.MoreThan));
    }

    [Fact]
    public void An_undefined_member_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationJson.NameOf((MechanismStatus)99));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Every_name_is_what_the_writer_writes_and_the_reader_reads()
    {
        AssertAgree<MechanismKind>();
        AssertAgree<MechanismStatus>();
        AssertAgree<ParticipantRole>();
        AssertAgree<IncidentKind>();
        AssertAgree<Attribution>();
        AssertAgree<ActorKind>();
        AssertAgree<AmountQualifier>();
    }

    [Fact]
    public void The_schema_lists_the_same_names()
    {
        var schema = CoordinationJson.GetSchema();
        var listed = schema["$defs"]!["mechanismStatus"]!["enum"]!.AsArray().Select(n => (string)n!).ToArray();

        Assert.Equal(Enum.GetValues<MechanismStatus>().Select(CoordinationJson.NameOf).ToArray(), listed);
    }

    private static void AssertAgree<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var json = JsonSerializer.Serialize(value, CoordinationJson.Options);
            Assert.Equal($"\"{CoordinationJson.NameOf(value)}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize<TEnum>(json, CoordinationJson.Options));
        }
    }
}
