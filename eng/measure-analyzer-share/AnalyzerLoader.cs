using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.MeasureAnalyzerShare;

/// <summary>
/// Loads the analyzer dlls of each folder into a load context of their own, as the compiler does, so two
/// builds of our analyzers (same assembly name and version: the one before a change and the one after, from
/// two folders) can be measured in one process, and an analyzer finds the dlls beside it. Roslyn itself
/// resolves to the compiler assemblies this process runs on.
/// </summary>
internal sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly ConcurrentDictionary<string, FolderContext> contexts = new();

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        return contexts.GetOrAdd(folder, f => new FolderContext(f)).LoadFromAssemblyPath(fullPath);
    }

    private sealed class FolderContext(string folder) : AssemblyLoadContext("analyzers in " + folder)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The compiler's own assemblies come from the process (the default context).
            if (assemblyName.Name is null or "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp")
            {
                return null;
            }

            var beside = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(beside) ? LoadFromAssemblyPath(beside) : null;
        }
    }
}
