namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Search scopes of SOSL's <c>IN ... FIELDS</c>.</summary>
internal enum SoslScope
{
    All,
    Name,
    Email,
    Phone,
    Sidebar,
}

/// <summary>One <c>RETURNING</c> item: an object and the fields to return.</summary>
internal sealed record SoslReturning(string SObjectType, IReadOnlyList<string> Fields);

/// <summary>A parsed SOSL search: term, scope, returned objects and limit.</summary>
internal sealed record SoslSearch(string Term, SoslScope Scope, IReadOnlyList<SoslReturning> Returning, int Limit);
