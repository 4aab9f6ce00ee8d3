using MassTransit;
using Microsoft.Extensions.Options;
using PureConnect.Contracts.Interactions.V1;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>
/// When an interaction starts alerting, searches Salesforce for it (<see cref="ScreenPopRules.SearchFor"/>: a call's or callback's
/// number in the phone fields, a web chat visitor's e-mail address or name) and records the decision on the interaction grain,
/// where the softphone picks it up. Runs on its own queue so that Salesforce searches never
/// hold up the call logs; recording is idempotent (the grain keeps the first decision).
/// </summary>
public sealed class ScreenPopConsumer(IGrainFactory grains, ISalesforceClient salesforce, IOptions<ScreenPopOptions> options,
    IOptions<SalesforceUsage.SalesforceApiUsageOptions> apiUsage, EventSerializer serializer)
    : IConsumer<InteractionEventRecorded>
{
    private const string AlertingEvent = "V1.InteractionAlerting";
    private const string ConnectedEvent = "V1.InteractionConnected";
    private const string DialerDataPopEvent = "V1.DialerDataPopRecorded";
    private const string EmailCaseEvent = "V1.EmailCaseObserved";

    /// <summary>The most matches kept on the decision as the call log's Name and Related To choices.</summary>
    public const int MaxRecords = 20;

    public async Task Consume(ConsumeContext<InteractionEventRecorded> context)
    {
        // Alerting pops; a call that connects without alerting (auto-answer) pops on connect. A call that alerted and was
        // searched already has its decision by then, and the grain keeps only the first decision anyway.
        if (context.Message.EventType == DialerDataPopEvent)
        {
            await PopDialerCallAsync(context);
            return;
        }

        if (context.Message.EventType == EmailCaseEvent)
        {
            await PopEmailCaseAsync(context);
            return;
        }

        if (context.Message.EventType is not (AlertingEvent or ConnectedEvent))
        {
            return;
        }

        var interaction = grains.GetGrain<IInteractionGrain>(context.Message.InteractionKey);
        var view = await interaction.GetViewAsync();
        // An email's remote address is not a number: a received email is searched by its sender's address (the Task's Name); an
        // email-to-case email pops its Case instead (PopEmailCaseAsync), whichever decision comes first is kept.
        if (string.Equals(view.ObjectType, "Email Interaction", StringComparison.OrdinalIgnoreCase))
        {
            if (view.ScreenPop is null && view.Direction == InteractionDirection.Inbound && context.Message.EventType == AlertingEvent
                && view.Email?.CaseId is null)
            {
                await SearchEmailAndRecordAsync(interaction, view.RemoteAddress, context.CancellationToken);
            }

            return;
        }

        if (view.ScreenPop is not null || ScreenPopRules.SearchFor(view.ObjectType, view.Direction == InteractionDirection.Inbound, view.Internal,
                view.Status == InteractionStatus.Voicemail, view.RemoteAddress, view.RemoteName) is not { } search)
        {
            return;
        }

        await SearchAndRecordAsync(interaction, search, context.CancellationToken);
    }

    /// <summary>A campaign call pops the record its contact attribute names, or else what its dialed number finds.</summary>
    private async Task PopDialerCallAsync(ConsumeContext<InteractionEventRecorded> context)
    {
        if (!serializer.TryDeserialize(context.Message.EventType, context.Message.Payload, out var stored) || stored is not DialerDataPopRecorded pop)
        {
            return;
        }

        var interaction = grains.GetGrain<IInteractionGrain>(context.Message.InteractionKey);
        var view = await interaction.GetViewAsync();
        if (view.ScreenPop is not null)
        {
            return;
        }

        if (DialerScreenPop.ByAttribute(pop.Attributes, options.Value.DialerRecordIdAttribute, view.RemoteAddress) is { } direct)
        {
            await interaction.RecordScreenPopAsync(new ScreenPopView(direct.Kind.ToString(), direct.RecordId, direct.RecordType, null,
                direct.SearchedNumber, direct.Matches, UrlOf(direct), [new CallLogRecord(direct.RecordId!, direct.RecordType!, null)]));
            return;
        }

        if (view.RemoteAddress.Count(char.IsAsciiDigit) >= 2)
        {
            await SearchAndRecordAsync(interaction, new ScreenPopSearch(ScreenPopSearchKind.Phone, view.RemoteAddress), context.CancellationToken);
        }
    }

    /// <summary>Email-to-case (spec: "Email-to-case"): the email pops its Case record, which the call log relates the Task to.</summary>
    private async Task PopEmailCaseAsync(ConsumeContext<InteractionEventRecorded> context)
    {
        if (!serializer.TryDeserialize(context.Message.EventType, context.Message.Payload, out var stored) || stored is not Grains.Interactions.Emails.EmailCaseObserved observed)
        {
            return;
        }

        var interaction = grains.GetGrain<IInteractionGrain>(context.Message.InteractionKey);
        if ((await interaction.GetViewAsync()).ScreenPop is not null)
        {
            return;
        }

        var decision = new ScreenPopDecision(ScreenPopKind.Record, observed.CaseId, "Case", observed.CaseId, 1);
        await interaction.RecordScreenPopAsync(new ScreenPopView(decision.Kind.ToString(), observed.CaseId, "Case", null, observed.CaseId, 1,
            UrlOf(decision), [new CallLogRecord(observed.CaseId, "Case", null)]));
    }

    private async Task SearchEmailAndRecordAsync(IInteractionGrain interaction, string address, CancellationToken cancellationToken)
    {
        var matches = apiUsage.Value.Pacing.SearchesAllowed(salesforce.ApiUsage) ? await salesforce.SearchByEmailAsync(address, cancellationToken) : null;
        if (matches is not { Count: > 0 })
        {
            // Nothing (or no search spent): no pop; the Task has no Name until the agent chooses one.
            return;
        }

        var decision = ScreenPopRules.Decide(address, matches);
        var record = decision.Kind == ScreenPopKind.Record ? matches[0] : null;
        await interaction.RecordScreenPopAsync(new ScreenPopView(decision.Kind.ToString(), decision.RecordId, decision.RecordType,
            record?.Name, decision.SearchedNumber, decision.Matches, UrlOf(decision),
            [.. matches.Take(MaxRecords).Select(m => new CallLogRecord(m.Id, m.SObjectType, m.Name))]));
    }

    private async Task SearchAndRecordAsync(IInteractionGrain interaction, ScreenPopSearch search, CancellationToken cancellationToken)
    {
        // Near this integration's share of the API allocation, searches give way first: the pop opens Salesforce's own search.
        var number = search.Term;
        var matches = apiUsage.Value.Pacing.SearchesAllowed(salesforce.ApiUsage)
            ? search.Kind switch
            {
                ScreenPopSearchKind.Email => await salesforce.SearchByEmailAsync(search.Term, cancellationToken),
                ScreenPopSearchKind.Name => await salesforce.SearchByNameAsync(search.Term, cancellationToken),
                _ => await salesforce.SearchByPhoneAsync(search.Term, cancellationToken),
            }
            : null;
        var decision = matches is null ? ScreenPopRules.WithoutSearch(number) : ScreenPopRules.Decide(number, matches);
        matches ??= [];
        var record = decision.Kind == ScreenPopKind.Record ? matches[0] : null;
        await interaction.RecordScreenPopAsync(new ScreenPopView(decision.Kind.ToString(), decision.RecordId, decision.RecordType,
            record?.Name, decision.SearchedNumber, decision.Matches, UrlOf(decision),
            [.. matches.Take(MaxRecords).Select(m => new CallLogRecord(m.Id, m.SObjectType, m.Name))]));
    }

    private string UrlOf(ScreenPopDecision decision)
    {
        var root = options.Value.SalesforceUrl.ToString().TrimEnd('/');
        return decision.Kind switch
        {
            ScreenPopKind.Record => $"{root}/{decision.RecordId}",
            ScreenPopKind.NewRecord => $"{root}/lightning/o/Contact/new",
            _ => $"{root}/one/one.app#/search?q={Uri.EscapeDataString(decision.SearchedNumber)}",
        };
    }
}
