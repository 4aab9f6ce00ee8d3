using PureConnect.Grains.Responses;

namespace PureConnect.CallLogs;

/// <summary>
/// An email interaction's Task (spec: "Email"; TaskSubtype <c>Email</c>): the Subject <c>Email: subject</c> unless the agent typed
/// one; the Description the agent's comments, then the message as plain text (HTML turned to text, never stored as markup), cut at
/// Salesforce's <see cref="CallLogTranscript.MaxLength"/> characters.
/// </summary>
public static class CallLogEmail
{
    private const string Cut = "\n…";

    /// <summary><c>Eic_ObjectType</c> of an email (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Email Interaction";

    /// <summary>An email interaction, known from its discovery (before CIC reports its contents: the Task's create-only subtype is set
    /// when it is first written).</summary>
    public static bool IsEmail(CallLogState state) => string.Equals(state.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase);

    public static string? Subject(CallLogState state) =>
        !IsEmail(state) ? null : string.IsNullOrWhiteSpace(state.EmailSubject) ? "Email" : $"Email: {state.EmailSubject.Trim()}";

    public static string? PlainText(string? text, string? html) =>
        !string.IsNullOrWhiteSpace(text) ? text.Trim() : html is null ? null : ResponseHtml.ToPlainText(html).Trim();

    public static string? Description(string? comments, string? message)
    {
        var description = (string.IsNullOrEmpty(comments), string.IsNullOrEmpty(message)) switch
        {
            (true, true) => null,
            (false, true) => comments,
            (true, false) => message,
            _ => $"{comments}\n\n{message}",
        };
        return description is null || description.Length <= CallLogTranscript.MaxLength
            ? description
            : string.Concat(description.AsSpan(0, CallLogTranscript.MaxLength - Cut.Length), Cut);
    }
}
