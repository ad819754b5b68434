namespace AdminPortal.Web.Accounts;

/// <summary>
/// Who the signed-in end user is, for Self Care: the End User id their account is linked to (null when signed out
/// or not an end user). Self Care pages pass it to <c>SelfCareService</c>, which checks ownership on every call.
/// </summary>
public interface ISelfCareUser
{
    Task<int?> EndUserIdAsync();
}
