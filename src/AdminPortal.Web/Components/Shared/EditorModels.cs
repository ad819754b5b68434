using AdminPortal.Core.Common;
using AdminPortal.Core.Data;

namespace AdminPortal.Web.Components.Shared;

/// <summary>The object a configuration page opens with: the stored one, a copy of one, or a new one with defaults.</summary>
public static class EditorModels
{
    /// <remarks><c>rename</c> gives a copy its new name: Unified CM's Copy keeps every other setting.</remarks>
    public static async Task<T?> LoadAsync<T>(
        this ConfigurationStore store,
        int? id,
        int? copyOf,
        Action<T> rename)
        where T : Entity, new()
    {
        if (id is int existing)
        {
            return await store.LoadAsync<T>(existing);
        }

        if (copyOf is int original && await store.LoadAsync<T>(original) is { } copy)
        {
            // Saved as a new row; its parts are re-added by the store.
            copy.Id = 0;
            rename(copy);
            return copy;
        }

        return new T();
    }
}
