namespace Quzhou.Governance.Cli;

/// <summary>How <c>qzgov review</c> prints the panel.</summary>
internal enum ReviewFormat
{
    /// <summary>A table for a terminal, aligned for Chinese characters' double width.</summary>
    Text,

    /// <summary>A Markdown table.</summary>
    Markdown,

    /// <summary>JSON, one object per verdict.</summary>
    Json,

    /// <summary>One self-contained HTML page with inline CSS and SVG charts (nothing from the network).</summary>
    Html,
}
