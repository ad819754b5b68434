namespace AdminPortal.Web.Accounts;

/// <summary>
/// How many sign-in form posts a minute are let through (configuration section <c>SignIn</c>), on top of the lockout:
/// per client address (one source spraying many accounts is slowed before it locks them all) and per user id
/// (a burst on one account is cut before it reaches the database).
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "SignIn";

    public int AttemptsPerAddressPerMinute { get; set; } = 20;

    public int AttemptsPerUserPerMinute { get; set; } = 10;
}
