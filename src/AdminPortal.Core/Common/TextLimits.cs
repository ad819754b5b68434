namespace AdminPortal.Core.Common;

/// <summary>Text limits from the reference, section 1.</summary>
public static class TextLimits
{
    public const int Name = 50;
    public const int Description = 255;
    public const int AccessListDescription = 128;
    public const int DestinationNumber = 24;
    public const int NumberMask = 50;
    public const int DirectoryNumber = 50;
    public const int PersonName = 64;
    public const int Mail = 255;
    public const int PhoneNumber = 64;
    public const int Subnet = 45;
    public const int TimeZone = 64;
    public const int FeatureCode = 10;
    public const int NumberList = 1024;

    /// <summary>The most any text input of the portal takes in, whatever its own limit (none is longer).</summary>
    public const int Input = NumberList;
}
