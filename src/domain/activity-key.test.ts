import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveActivityKey, dropParenthesized, slugify } from "./activity-key";

/** Real titles from the research dossier (activities.csv) and the key each must get. */
describe("deriveActivityKey", () => {
  it.each([
    // Editions of the WSIS Forum, under its several names
    ["WSIS Forum 2010", "wsis-forum"],
    ["WSIS Forum 2013 and WSIS+10 visioning track", "wsis-forum"],
    ["WSIS+10 High-Level Event", "wsis-forum"],
    ["WSIS Forum 2019 (10th anniversary)", "wsis-forum"],
    ["Virtual WSIS Forum 2020 (WSIS+15)", "wsis-forum"],
    ["WSIS Forum 2021 (virtual)", "wsis-forum"],
    ["WSIS+20 Forum High-Level Event 2024", "wsis-forum"],
    ["WSIS+20 High-Level Event 2025", "wsis-forum"],
    // Prizes and stocktaking
    ["WSIS Project Prizes (first edition)", "wsis-prizes"],
    ["WSIS Project Prizes 2014", "wsis-prizes"],
    ["WSIS Prizes 2020 (9th edition)", "wsis-prizes"],
    ["WSIS Stocktaking Report 2013 (5th edition)", "wsis-stocktaking"],
    ["WSIS Stocktaking Platform launched", "wsis-stocktaking"],
    ["WSIS Stocktaking 2020 Global Report", "wsis-stocktaking"],
    // Conferences: edition suffixes and spelled-out names share the acronym
    ["World Radiocommunication Conference 2012 (WRC-12)", "wrc"],
    ["World Radiocommunication Conference 2023 (WRC-23)", "wrc"],
    ["WRC-19", "wrc"],
    ["WTDC-10 and the Hyderabad Action Plan", "wtdc"],
    ["WTDC-14 (Dubai)", "wtdc"],
    ["World Telecommunication Development Conference 2025 (WTDC-25, Baku)", "wtdc"],
    ["World Telecommunication Standardization Assembly 2020 (WTSA-20), held 2022", "wtsa"],
    ["Plenipotentiary Conference 2018 (Dubai), Connect 2030 Agenda and Strategic Plan 2020-2023", "pp"],
    ["First Global Symposium for Regulators (GSR)", "gsr"],
    ["GSR-15: Mind the Digital Gap (Libreville)", "gsr"],
    ["GSR-19 Best Practice Guidelines", "gsr"],
    ["GSR-20 (20th edition, virtual) and Global Regulatory Outlook 2020", "gsr"],
    ["24th meeting of the Telecommunication Development Advisory Group (TDAG-19)", "tdag"],
    // Series and renamed publications
    ["ICT Facts and Figures 2011", "facts-and-figures"],
    ["Measuring digital development: Facts and Figures 2019 (gender)", "facts-and-figures"],
    [
      "Measuring the Information Society 2009: first ICT Development Index",
      "measuring-the-information-society",
    ],
    ["Measuring the Information Society Report 2017", "measuring-the-information-society"],
    ["ITU Digital World 2020 (online)", "itu-telecom-world"],
    ["ITU Telecom World 2014 (Doha)", "itu-telecom-world"],
    ["Global Cybersecurity Index 2014 (first iteration)", "global-cybersecurity-index"],
    ["International Girls in ICT Day: cumulative reach 2011-2015", "international-girls-in-ict-day"],
    ['Girls in ICT Day 10th anniversary: "10 Moments of Girls in ICT"', "international-girls-in-ict-day"],
    ["Council Working Group on WSIS: 31st and 32nd meetings", "council-working-group-on-wsis"],
    ["Council Working Group on WSIS & SDGs: 36th meeting", "council-working-group-on-wsis"],
    [
      "Council Working Group on Child Online Protection: 11th meeting",
      "council-working-group-on-child-online-protection",
    ],
    ["ITU at the 2016 High-Level Political Forum", "hlpf"],
    ["UNGIS/WSIS side event at HLPF 2022", "hlpf"],
    // Initiatives reported through a different piece of work each year
    ["Partner2Connect Digital Coalition launched", "partner2connect"],
    ["Partner2Connect pledges pass USD 50 billion", "partner2connect"],
    ["Giga COVID-19 response", "giga"],
    ["ITU Academy Training Centres programme launched", "itu-academy"],
    ["Digital Transformation Centres: results to 2024", "digital-transformation-centres"],
    ["AI for Good Global Summit 2024 and AI Governance Day", "ai-for-good-global-summit"],
    ["Emergency telecom deployment: Cyclone Nargis, Myanmar", "emergency-telecom-deployment"],
    ["Focus Group on IMT-2020 (5G) networking completes preliminary study", "focus-group-on-imt-2020"],
    ["FG-AI4H 11th meeting (online)", "fg-ai4h"],
    ["Be He@lthy, Be Mobile (ITU-WHO mHealth initiative)", "be-healthy-be-mobile"],
    ["IGF 2017 open forum: WSIS Action Lines Advancing the Achievement of SDGs", "igf-open-forum"],
    // ITU's facilitation of one action line
    ["First facilitation meeting for WSIS Action Line C5", "wsis-action-line-c5-facilitation"],
    ["WSIS Action Line C5 session: building trust in cyberspace", "wsis-action-line-c5-facilitation"],
    [
      "WSIS Action Line C7 e-environment facilitation meeting",
      "wsis-action-line-c7-e-environment-facilitation",
    ],
    [
      "WSIS Forum 2023 C6 facilitation meeting: Next generation regulation",
      "wsis-action-line-c6-facilitation",
    ],
    [
      "WSIS+20 Forum 2024 C6 session: Collaborative Regulation interactive workshop",
      "wsis-action-line-c6-facilitation",
    ],
    // Names that carry numbers which are not editions
    ["ITU 150th anniversary celebrations", "itu-150th-anniversary-celebrations"],
    ["COVID-19 health messaging with WHO and UNICEF", "covid-19-health-messaging-with-who-and-unicef"],
    ["ITU-T Study Group 20: IoT and smart cities and communities", "itu-t-study-group-20"],
    ["The State of Satellite Broadband 2025 (Broadband Commission)", "state-of-satellite-broadband"],
  ])("%s -> %s", (title, key) => {
    expect(deriveActivityKey(title)).toBe(key);
  });

  it.each([
    [["WSIS Forum 2011", "WSIS Forum 2018", "WSIS+20 Forum High-Level Event 2024"]],
    [
      [
        "World Radiocommunication Conference 2019 (WRC-19)",
        "World Radiocommunication Conference 2023 (WRC-23)",
      ],
    ],
    [["GSR-16 (Sharm el-Sheikh)", "GSR-23 (Sharm El-Sheikh)", "GSR-25 Best Practice Guidelines"]],
    [["State of Broadband 2016", "State of Broadband 2020: Tackling digital inequalities"]],
    [
      [
        "ITU Kaleidoscope 2014: Living in a converged world - impossible without standards?",
        "ITU Kaleidoscope 2024 (15th edition, New Delhi)",
      ],
    ],
    [
      [
        "World Telecommunication and Information Society Day 2012",
        "World Telecommunication and Information Society Day 2025",
      ],
    ],
  ])("gives different editions one key: %j", (titles) => {
    expect(new Set(titles.map(deriveActivityKey)).size).toBe(1);
  });

  it.each([
    ["WSIS Forum 2015", "WSIS Forum 2015 session: Mainstreaming e-Skilling: The ICT Runway"],
    [
      "WSIS Forum 2019 session: EQUALS in Tech, actions and results",
      "WSIS Forum 2019 session: Gender Mainstreaming - WSIS 50/50 challenge",
    ],
    ["WSIS Forum 2016", "WSIS Prizes 2016"],
    ["WSIS Prizes 2017", "WSIS Stocktaking Report 2017 (9th edition)"],
    ["World Radiocommunication Conference 2019 (WRC-19)", "World Radiocommunication Seminar 2018 (WRS-18)"],
    [
      "World Telecommunication Development Conference 2025 (WTDC-25, Baku)",
      "WTDC-14 revises Resolution 30 on ITU-D and WSIS implementation",
    ],
    [
      "State of Broadband 2019: Broadband as a Foundation for Sustainable Development",
      "The State of Satellite Broadband 2025 (Broadband Commission)",
    ],
    ["EQUALS Global Partnership for Gender Equality in the Digital Age", "EQUALS in Tech Awards 2021"],
    [
      "WSIS Action Line C2 facilitation sessions 2019",
      "WSIS Forum 2023 C6 facilitation meeting: Next generation regulation",
    ],
    [
      "Focus Group on Digital Financial Services concludes",
      "Focus Group on Smart Sustainable Cities established",
    ],
  ])("keeps different initiatives apart: %s / %s", (a, b) => {
    expect(deriveActivityKey(a)).not.toBe(deriveActivityKey(b));
  });

  it("always returns a kebab-case key", () => {
    for (const title of ["2023", "(WRC-19)", "!!!", "Äpfel & Birnen 2020", "WSIS Forum 2020"]) {
      expect(deriveActivityKey(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe("slugify", () => {
  it.each([
    ["WSIS+10 Multistakeholder Preparatory Platform", "wsis-10-multistakeholder-preparatory-platform"],
    ["  Be He@lthy, Be Mobile  ", "be-healthy-be-mobile"],
    ["World Telecommunication/ICT Indicators Symposium", "world-telecommunication-ict-indicators-symposium"],
  ])("%s -> %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("dropParenthesized", () => {
  it("removes what /\\([^)]*\\)/g removes, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("(", ")", "a", " ", "b") }), (text) => {
        expect(dropParenthesized(text)).toBe(text.replace(/\([^)]*\)/g, " "));
      }),
    );
  });

  it("derives a key from a title of a million '(' without rescanning it", () => {
    expect(deriveActivityKey(`${"(".repeat(1_000_000)}x`)).toBe("x");
  });
});
