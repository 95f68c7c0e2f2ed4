import { describe, expect, it } from "vitest";
import { embedSnippets, parseOrigin } from "./online-booking-api.ts";

describe("parseOrigin", () => {
  it("accepts https origins and localhost, lower-cased, forgiving a trailing slash", () => {
    expect(parseOrigin(" https://www.Example.co.uk/ ", [])).toEqual({
      origin: "https://www.example.co.uk",
    });
    expect(parseOrigin("http://localhost:8080", [])).toEqual({ origin: "http://localhost:8080" });
  });

  it("explains what is wrong", () => {
    expect(parseOrigin("", [])).toEqual({ error: expect.stringContaining("Enter your website") });
    expect(parseOrigin("www.example.co.uk", [])).toEqual({
      error: expect.stringContaining("Start with https://"),
    });
    expect(parseOrigin("https://example.co.uk/book", [])).toEqual({
      error: expect.stringContaining("without a page path"),
    });
    expect(parseOrigin("http://example.co.uk", [])).toEqual({
      error: expect.stringContaining("only allowed for localhost"),
    });
    expect(parseOrigin("https://example.co.uk", ["https://example.co.uk"])).toEqual({
      error: "This website is already in the list",
    });
  });
});

describe("embedSnippets", () => {
  it("gives the script tag with its target and the iframe fallback", () => {
    const s = embedSnippets({
      enabled: true,
      intro: "",
      showEstimate: true,
      embedOrigins: [],
      slug: "south-smp",
      widgetScriptUrl: "https://app.example/widget/stipple-booking.js",
      hostedPageUrl: "https://app.example/book/south-smp",
      updatedAt: null,
    });
    expect(s.script).toBe(
      '<script src="https://app.example/widget/stipple-booking.js" data-clinic="south-smp" async></script>\n<div data-stipple-booking></div>',
    );
    expect(s.iframe).toContain('src="https://app.example/book/south-smp"');
  });
});
