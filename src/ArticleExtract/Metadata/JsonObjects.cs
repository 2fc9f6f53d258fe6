using System.Text.Json;

namespace ArticleExtract.Metadata;

/// <summary>The objects of a parsed JSON-LD value, for readers that look at every object of a script (types, stated bodies).</summary>
internal static class JsonObjects
{
    /// <summary>
    /// Every object under <paramref name="root"/>, the root included, through arrays and object
    /// properties: a walk with an explicit stack (no recursion), so a deeply nested script costs
    /// memory, not the call stack. An object comes before the objects it holds.
    /// </summary>
    public static IEnumerable<JsonElement> Under(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    stack.Push(item);
                }
            }
            else if (node.ValueKind == JsonValueKind.Object)
            {
                yield return node;
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        stack.Push(property.Value);
                    }
                }
            }
        }
    }
}
