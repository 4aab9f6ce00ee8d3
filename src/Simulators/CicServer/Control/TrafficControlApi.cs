using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>Fault injection, the benchmark load, emission times and the demo call generator.</summary>
internal static class TrafficControlApi
{
    public static void MapTrafficControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/faults", (FaultRule rule, FaultInjector faults) =>
        {
            faults.Add(rule);
            return Results.NoContent();
        });
        control.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        control.MapPost("/load", (LoadRequest request, CicEngine engine) => Results.Accepted("/control/load", engine.StartLoad(request)));
        control.MapGet("/load", (CicEngine engine) => Results.Ok(engine.GetLoadStatus()));
        control.MapDelete("/load", (CicEngine engine) =>
        {
            engine.StopLoad();
            return Results.NoContent();
        });
        control.MapGet("/emissions", (long? since, CicEngine engine) => Results.Ok(engine.GetEmissions(since ?? 0)
            .Select(e => new EmissionEntry(e.InteractionId, e.State.ToString(), e.EmittedAtUnixMs))));

        control.MapPost("/generator", (GeneratorRequest request, CicEngine engine) =>
        {
            engine.StartGenerator(request.CallsPerMinute, request.Workgroups, request.MinTalkSeconds ?? 30, request.MaxTalkSeconds ?? 180,
                request.OnlyWhenStaffed ?? false, request.MaxWaiting ?? 0);
            return Results.NoContent();
        });
        control.MapDelete("/generator", (CicEngine engine) =>
        {
            engine.StopGenerator();
            return Results.NoContent();
        });
    }
}
