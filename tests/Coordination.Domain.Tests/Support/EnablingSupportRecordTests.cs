using Coordination.Domain.Finance;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Support;

public sealed class EnablingSupportRecordTests
{
    [Fact]
    public void Support_equality_sees_every_member_and_default_arrays_read_empty()
    {
        var support = new EnablingSupport
        {
            Id = SupportId.Parse("coalition-stipends"),
            Provider = ArticleFacts.Coalition,
            Recipients = [ArticleFacts.Peshmerga, ArticleFacts.MinistryOfPeshmerga],
            Kinds = [SupportKind.Funding, SupportKind.Training],
            Period = DatePeriod.From(new LocalDate(2017, 1, 1)),
            Amount = new Money(20_000_000m, CurrencyCode.UnitedStatesDollar),
            Description = "Monthly stipends.",
            Sources = [ArticleFacts.Esta],
            Inference = new Inference { Reasoning = "From the article.", From = [ArticleFacts.Esta] },
        };

        Assert.Empty(RecordContracts.EqualityBreaches(support));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(support));
    }
}
