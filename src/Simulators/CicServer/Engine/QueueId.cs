namespace PureConnect.Simulators.CicServer.Engine;

/// <summary><c>{queueType, queueName}</c>: 0 system and 1 user (both the user's queue), 2 workgroup.</summary>
public sealed record QueueId(int QueueType, string QueueName);
