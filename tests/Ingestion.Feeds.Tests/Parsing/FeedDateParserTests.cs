using System.Globalization;
using Ingestion.Feeds.Parsing;

namespace Ingestion.Feeds.Tests.Parsing;

public class FeedDateParserTests
{
    private static void ShouldParseTo(string input, string expectedUtc)
    {
        var parsed = FeedDateParser.Parse(input);
        parsed.ShouldNotBeNull($"'{input}' should parse");
        parsed.Value.Offset.ShouldBe(TimeSpan.Zero);
        parsed.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture).ShouldBe(expectedUtc, $"input '{input}'");
    }

    [Theory]
    [InlineData("Tue, 17 Mar 2015 14:05:09 GMT", "2015-03-17T14:05:09Z")]
    [InlineData("Tue, 17 Mar 2015 14:05:09 +0000", "2015-03-17T14:05:09Z")]
    [InlineData("Tue, 17 Mar 2015 14:05:09 -0430", "2015-03-17T18:35:09Z")]
    [InlineData("Tue, 17 Mar 2015 14:05:09 +05:30", "2015-03-17T08:35:09Z")]
    [InlineData("Tue, 17 Mar 2015 14:05 GMT", "2015-03-17T14:05:00Z")]
    [InlineData("Tue, 17 Mar 2015", "2015-03-17T00:00:00Z")]
    [InlineData("17 Mar 2015 14:05:09 GMT", "2015-03-17T14:05:09Z")]
    [InlineData("Tue,17 Mar 2015 14:05:09 GMT", "2015-03-17T14:05:09Z")]
    [InlineData("Tue,  7 Mar 2015 14:05:09 GMT", "2015-03-07T14:05:09Z")]
    [InlineData("Tuesday, 17 March 2015 14:05:09 GMT", "2015-03-17T14:05:09Z")]
    [InlineData("Tue, 17 Sept 2015 14:05:09 GMT", "2015-09-17T14:05:09Z")]
    [InlineData("Tue, 17 Mar, 2015 14:05:09 UTC", "2015-03-17T14:05:09Z")]
    public void Rfc822_common_forms(string input, string expected) => ShouldParseTo(input, expected);

    [Theory]
    [InlineData("Fri, 17 Mar 2015 14:05:09 GMT", "2015-03-17T14:05:09Z")] // wrong weekday: the date wins
    [InlineData("Sat, 09 Nov 19 08:00:00 GMT", "2019-11-09T08:00:00Z")] // two-digit year
    [InlineData("Sat, 09 Nov 97 08:00:00 GMT", "1997-11-09T08:00:00Z")]
    [InlineData("Mar 17 2015 14:05:09 +0100", "2015-03-17T13:05:09Z")] // month first
    [InlineData("Tue Mar 17 2015 14:05:09 +0100", "2015-03-17T13:05:09Z")]
    [InlineData("March 17, 2015 2:05 PM", "2015-03-17T14:05:00Z")]
    [InlineData("March 17, 2015 12:30 AM EST", "2015-03-17T05:30:00Z")]
    [InlineData("Tue, 17th Mar 2015 14:05:09 GMT", "2015-03-17T14:05:09Z")]
    [InlineData("Tue, 17 Mar 2015 14:05:09 -0800 (PST)", "2015-03-17T22:05:09Z")]
    [InlineData("Tue, 17 Mar 2015 23:59:60 GMT", "2015-03-17T23:59:59Z")] // leap second
    [InlineData("Tue Mar 17 14:05:09 UTC 2015", "2015-03-17T14:05:09Z")] // Unix date(1)
    [InlineData("Tue, 17 Mar 2015 14:05:09 +0100 CET", "2015-03-17T13:05:09Z")]
    [InlineData("Tuesday, March 17, 2015 - 14:05", "2015-03-17T14:05:00Z")]
    [InlineData("17 March 2015 at 2:05 pm", "2015-03-17T14:05:00Z")]
    public void Rfc822_sloppy_forms(string input, string expected) => ShouldParseTo(input, expected);

    [Theory]
    [InlineData("Tue, 17 Mar 2015 09:00:00 EST", "2015-03-17T14:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 EDT", "2015-03-17T13:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 PDT", "2015-03-17T16:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 PST", "2015-03-17T17:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 CT", "2015-03-17T15:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 CEST", "2015-03-17T07:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 MET", "2015-03-17T08:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 JST", "2015-03-17T00:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 GMT+2", "2015-03-17T07:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 GMT-03:30", "2015-03-17T12:30:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 UTC+0100", "2015-03-17T08:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 Etc/GMT", "2015-03-17T09:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 Z", "2015-03-17T09:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 A", "2015-03-17T10:00:00Z")] // military, RFC 822 signs
    [InlineData("Tue, 17 Mar 2015 09:00:00 N", "2015-03-17T08:00:00Z")]
    [InlineData("Tue, 17 Mar 2015 09:00:00 Y", "2015-03-16T21:00:00Z")]
    public void Rfc822_zones(string input, string expected) => ShouldParseTo(input, expected);

    [Theory]
    [InlineData("2015-03-17T14:05:09Z", "2015-03-17T14:05:09Z")]
    [InlineData("2015-03-17T14:05:09.987654Z", "2015-03-17T14:05:09Z")]
    [InlineData("2015-03-17T14:05:09+09:00", "2015-03-17T05:05:09Z")]
    [InlineData("2015-03-17T14:05:09-0700", "2015-03-17T21:05:09Z")]
    [InlineData("2015-03-17T14:05:09+02", "2015-03-17T12:05:09Z")]
    [InlineData("2015-03-17T14:05Z", "2015-03-17T14:05:00Z")]
    [InlineData("2015-03-17T14:05:09", "2015-03-17T14:05:09Z")] // no zone: UTC
    [InlineData("2015-03-17", "2015-03-17T00:00:00Z")]
    [InlineData("2015-03", "2015-03-01T00:00:00Z")]
    [InlineData("2015", "2015-01-01T00:00:00Z")]
    [InlineData("2016-02-28T20:00:00-06:00", "2016-02-29T02:00:00Z")] // into a leap day
    [InlineData("2015-12-31T22:00:00-05:00", "2016-01-01T03:00:00Z")] // across a year
    [InlineData("2015-03-17 14:05:09", "2015-03-17T14:05:09Z")] // MSSQL
    [InlineData("2015-03-17 14:05:09.0", "2015-03-17T14:05:09Z")]
    [InlineData("2015-03-17 14:05:09 +01:30", "2015-03-17T12:35:09Z")]
    [InlineData("2015-03-17 14:05:09 EST", "2015-03-17T19:05:09Z")]
    [InlineData("2015-003-17T14:05:09Z", "2015-03-17T14:05:09Z")] // a generator's padded month
    [InlineData("20150317", "2015-03-17T00:00:00Z")]
    [InlineData("20150317T140509Z", "2015-03-17T14:05:09Z")]
    [InlineData("150317", "2015-03-17T00:00:00Z")]
    [InlineData("15-03-17", "2015-03-17T00:00:00Z")]
    [InlineData("-15-03", "2015-03-01T00:00:00Z")]
    [InlineData("-1503", "2015-03-01T00:00:00Z")]
    [InlineData("2015-076", "2015-03-17T00:00:00Z")] // ordinal day
    public void Iso8601_and_w3cdtf(string input, string expected) => ShouldParseTo(input, expected);

    [Theory]
    [InlineData("Wed Mar 18 07:44:01 2015", "2015-03-18T07:44:01Z")]
    [InlineData("Wed Mar  8 07:44:01 2015", "2015-03-08T07:44:01Z")]
    [InlineData("Wed Mar 18 07:44:01 +0200 2015", "2015-03-18T05:44:01Z")]
    [InlineData("Wed, 2015/03/18 07:44:01 PDT", "2015-03-18T14:44:01Z")] // Perforce
    public void Asctime_twitter_and_perforce(string input, string expected) => ShouldParseTo(input, expected);

    [Theory]
    [InlineData("2015년 03월 18일 07:44:01", "2015-03-17T22:44:01Z")] // OnBlog, Korean time
    [InlineData("2015-03-18 오후 07:44:01", "2015-03-18T10:44:01Z")] // Nate, PM
    [InlineData("2015-03-18 오전 07:44:01", "2015-03-17T22:44:01Z")] // Nate, AM
    [InlineData("Τετ, 18 Μαρ 2015 07:44:01 EET", "2015-03-18T05:44:01Z")] // Greek
    [InlineData("Κυρ, 15 Αύγ 2010 10:00:00 GMT", "2010-08-15T10:00:00Z")]
    [InlineData("2015-március-18T7:44+01:00", "2015-03-18T06:44:00Z")] // Hungarian
    [InlineData("Mi, 18 Mär 2015 07:44:01 +0100", "2015-03-18T06:44:01Z")] // German
    [InlineData("mer, 18 mars 2015 07:44:01 +0100", "2015-03-18T06:44:01Z")] // French
    [InlineData("2015年3月18日 07:44:01", "2015-03-18T07:44:01Z")]
    [InlineData("miércoles, 18 de marzo de 2015 07:44 -0300", "2015-03-18T10:44:00Z")] // Spanish
    [InlineData("Wed Mar 18 2015 07:44:01 GMT+0100 (Central European Standard Time)", "2015-03-18T06:44:01Z")] // JavaScript
    public void Localised_forms(string input, string expected) => ShouldParseTo(input, expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("Tue, 32 Mar 2015 14:05:09 GMT")] // day out of range
    [InlineData("Tue, 29 Feb 2015 14:05:09 GMT")] // no leap day in 2015
    [InlineData("Tue, 17 Foo 2015 14:05:09 GMT")] // unknown month
    [InlineData("Tue, Mar y 2015 14:05:09 GMT")] // no day
    [InlineData("Tue, 17 Mar yy 14:05:09 GMT")] // no year
    [InlineData("Tue, 17 Mar 2015 14:05:09:11 GMT")] // four time parts
    [InlineData("Tue, 17 Mar 2015 25:05:09 GMT")]
    [InlineData("Tue, 17 Mar 2015 14:05:09 +ab:00")] // bad zone hours
    [InlineData("Tue, 17 Mar 2015 14:05:09 +01:cd")] // bad zone minutes
    [InlineData("Tue, 17 Mar 2015 14:05:09 XYZT")] // unknown zone: not guessed as UTC
    [InlineData("Tue, 17 Mar 2015 14:05:09 GMT and more")]
    [InlineData("2015-03-17T14:65:09Z")]
    [InlineData("2015-03-17T14:05:61Z")]
    [InlineData("2015-13-17")]
    [InlineData("2015-ab-17")]
    [InlineData("2015-03-17T14:cd:09Z")]
    [InlineData("2015-03-17T14:05:09+01:cd")]
    [InlineData("2015-03-17T14:05:09Zjunk")]
    [InlineData("2015-03-17T14:05:09-05:00T")]
    [InlineData("2015-03-17-05")] // too many parts
    [InlineData("20155")] // five digits: not a year
    [InlineData("201")]
    [InlineData("9999-12-31T23:59:59-12:00")] // past the end of the calendar
    [InlineData("2015-03-17T14:05:09-88:88")]
    [InlineData("03/17/2015")] // ambiguous numeric order
    public void Rejects_what_is_not_clearly_a_date(string? input) => FeedDateParser.Parse(input).ShouldBeNull();

    [Fact]
    public void Keeps_ancient_years_that_the_calendar_can_hold() => ShouldParseTo("Sat, 01 Jan 0200 00:30:00 +0100", "0199-12-31T23:30:00Z");
}
