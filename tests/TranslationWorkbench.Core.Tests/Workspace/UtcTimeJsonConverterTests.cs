using System.Text.Json;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Tests.Workspace;

public sealed class UtcTimeJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new UtcTimeJsonConverter() } };

    [Fact]
    public void Write_GivesUtcWithZ_WhateverTheOffset()
    {
        var erbil = new DateTimeOffset(2020, 2, 7, 9, 30, 0, TimeSpan.FromHours(3));

        Assert.Equal("\"2020-02-07T06:30:00Z\"", JsonSerializer.Serialize(erbil, Options));
        Assert.Equal("{\"At\":\"2020-02-07T06:30:00Z\"}", JsonSerializer.Serialize(new { At = (DateTimeOffset?)erbil }, Options));
    }

    [Theory]
    [InlineData("\"2020-02-07T06:30:00Z\"")]
    [InlineData("\"2020-02-07T09:30:00+03:00\"")]
    public void Read_TakesOursAndOtherIsoForms(string json)
    {
        var time = JsonSerializer.Deserialize<DateTimeOffset>(json, Options);

        Assert.Equal(new DateTimeOffset(2020, 2, 7, 6, 30, 0, TimeSpan.Zero), time);
    }
}
