/** Builds data/indicators.json from yearly-figures.csv. */
import { FORMAT_VERSION } from "../../src/schema/common";
import type { Indicators, Metric } from "../../src/schema/indicators";
import type { FigureRow } from "./dossier-input";
import { sourcesOf } from "./sources";

type Label = readonly [label: string, group: string];

const FORUM = "WSIS Forum";
const PRIZES = "WSIS Prizes";
const STOCKTAKING = "WSIS Stocktaking";
const WSIS = "WSIS process";
const SKILLS = "Skills and inclusion";
const CONNECTIVITY = "Connectivity";
const CYBER = "Cybersecurity";
const STATS = "Statistics";
const EVENTS = "Conferences and events";
const ITU_D = "ITU-D programme";
const STANDARDS = "Standards and innovation";
const ENVIRONMENT = "Environment and emergencies";

/** A label and a group for every metric id in yearly-figures.csv; a new id must be added here. */
export const METRIC_LABELS: Readonly<Record<string, Label>> = {
  wsis_forum_participants: ["WSIS Forum participants", FORUM],
  wsis_forum_online_participants: ["WSIS Forum online participants", FORUM],
  wsis_forum_countries: ["Countries represented at the WSIS Forum", FORUM],
  wsis_forum_ministers: ["Ministers and deputies at the WSIS Forum", FORUM],
  wsis_forum_high_level_participants: ["High-level representatives at the WSIS Forum", FORUM],
  wsis_forum_sessions: ["WSIS Forum sessions", FORUM],
  wsis_forum_speakers: ["WSIS Forum speakers", FORUM],
  wsis_forum_open_consultation_submissions: ["WSIS Forum open consultation submissions", FORUM],
  wsis_forum_ocp_civil_society_share: ["Civil society share of open consultation submissions (%)", FORUM],
  wsis_prizes_winners: ["WSIS Prizes winners", PRIZES],
  wsis_prizes_champions: ["WSIS Prizes champions", PRIZES],
  wsis_prizes_submissions: ["Projects submitted to the WSIS Prizes", PRIZES],
  wsis_prizes_nominated: ["Projects nominated for the WSIS Prizes", PRIZES],
  wsis_prizes_votes: ["WSIS Prizes online votes", PRIZES],
  wsis_prizes_countries: ["Countries of WSIS Prizes submissions", PRIZES],
  wsis_stocktaking_projects_registered: ["Projects in the WSIS Stocktaking database", STOCKTAKING],
  wsis_stocktaking_government_submissions: [
    "Government activities submitted to WSIS Stocktaking",
    STOCKTAKING,
  ],
  wsis_stocktaking_activities_reviewed_cumulative: [
    "Activities covered by WSIS Stocktaking reports (cumulative)",
    STOCKTAKING,
  ],
  wsis_stocktaking_community: ["WSIS Stocktaking community (stakeholders)", STOCKTAKING],
  wsis_stocktaking_report_submissions: ["Submissions to the WSIS Stocktaking report", STOCKTAKING],
  wsis_stocktaking_entries: ["Entries in the WSIS Stocktaking database", STOCKTAKING],
  wsis_stocktaking_members: ["Members of the WSIS Stocktaking platform", STOCKTAKING],
  wsis_stocktaking_success_stories_projects: ["Projects in WSIS Stocktaking Success Stories", STOCKTAKING],
  wsis_stocktaking_new_c2_projects: ["New infrastructure (C2) projects in WSIS Stocktaking", STOCKTAKING],
  wsis_flash_subscribers: ["WSIS Flash newsletter subscribers", WSIS],
  cwg_wsis_delegates: ["Delegates at the Council Working Group on WSIS", WSIS],
  cwg_wsis_call_for_input_submissions: ["Submissions to ITU's call for input on WSIS+20", WSIS],
  wsis_cluster_meetings: ["Meetings in the WSIS cluster of events", WSIS],
  council_participants: ["ITU Council participants", WSIS],
  cstd_sg_report_un_entities_responding: ["UN entities contributing to the UN SG report on WSIS", WSIS],
  cstd_sg_report_entities_responding: ["Organizations contributing to the UN SG report on WSIS", WSIS],
  girls_in_ict_cumulative_participants: ["Girls in ICT Day participants (cumulative)", SKILLS],
  girls_in_ict_cumulative_events: ["Girls in ICT Day events (cumulative)", SKILLS],
  girls_in_ict_girls_reached: ["Girls reached by Girls in ICT Day", SKILLS],
  girls_in_ict_events: ["Girls in ICT Day events", SKILLS],
  coe_training_participants: ["ITU Centres of Excellence training participants", SKILLS],
  itu_academy_learners_total: ["ITU Academy learners", SKILLS],
  itu_academy_courses: ["ITU Academy courses", SKILLS],
  itu_academy_training_centres: ["ITU Academy Training Centres", SKILLS],
  itu_academy_certified: ["ITU Academy learners certified", SKILLS],
  atc_courses: ["ITU Academy Training Centre courses", SKILLS],
  atc_learners_certified: ["Learners certified through ITU Academy Training Centres", SKILLS],
  dtc_participants_cumulative: ["Digital Transformation Centres participants (cumulative)", SKILLS],
  dtc_centres: ["Digital Transformation Centres", SKILLS],
  digital_skills_forum_participants: ["Digital Skills Forum participants", SKILLS],
  women_entrepreneurs_trained_itu_eif: ["Women entrepreneurs trained (ITU-EIF programme)", SKILLS],
  bynd2015_youth_contributors: ["Young contributors to the BYND 2015 declaration", SKILLS],
  p2c_pledges_value: ["Partner2Connect pledges (USD billion)", CONNECTIVITY],
  giga_schools_mapped: ["Schools mapped by Giga", CONNECTIVITY],
  giga_schools_connected: ["Schools connected by Giga", CONNECTIVITY],
  gci_countries_with_national_cirt: ["Countries with a national CIRT (GCI)", CYBER],
  gci_countries_with_national_strategy: ["Countries with a national cybersecurity strategy (GCI)", CYBER],
  gci_share_countries_with_national_strategy: [
    "Share of countries with a national cybersecurity strategy (GCI)",
    CYBER,
  ],
  gci_member_state_responses: ["Member State responses to the Global Cybersecurity Index", CYBER],
  gci_tier1_countries: ["Tier 1 (role-modelling) countries in the GCI", CYBER],
  cirt_assessments_cumulative: ["CIRT assessments by ITU (cumulative)", CYBER],
  cirt_assessments: ["CIRT readiness and maturity assessments", CYBER],
  cyberdrill_countries: ["Countries in ITU CyberDrills", CYBER],
  itu_impact_professionals_trained_cumulative: [
    "Cybersecurity professionals trained with ITU-IMPACT (cumulative)",
    CYBER,
  ],
  gca_member_states: ["Member States in the Global Cybersecurity Agenda coalition", CYBER],
  internet_users: ["Internet users", STATS],
  people_offline: ["People offline", STATS],
  mobile_subscriptions: ["Mobile-cellular subscriptions", STATS],
  mobile_broadband_subscriptions: ["Mobile-broadband subscriptions", STATS],
  internet_gender_gap: ["Internet gender gap", STATS],
  internet_users_share_men: ["Share of men using the Internet", STATS],
  internet_users_share_women: ["Share of women using the Internet", STATS],
  youth_internet_use: ["Internet use among young people (15-24)", STATS],
  idi_countries_covered: ["Economies covered by the ICT Development Index", STATS],
  national_ict_regulators: ["National ICT regulators worldwide", STATS],
  ewaste_generated: ["E-waste generated (million tonnes)", ENVIRONMENT],
  ewaste_documented_recycled_share: ["Share of e-waste documented as collected and recycled", ENVIRONMENT],
  emergency_equipment_units_deployed: ["Emergency telecommunication equipment deployed", ENVIRONMENT],
  wrc_participants: ["World Radiocommunication Conference participants", EVENTS],
  wrc_member_states: ["Member States at the World Radiocommunication Conference", EVENTS],
  wtsa_participants: ["World Telecommunication Standardization Assembly participants", EVENTS],
  pp_delegates: ["Plenipotentiary Conference delegates", EVENTS],
  wtdc_delegates: ["World Telecommunication Development Conference delegates", EVENTS],
  ai_for_good_participants: ["AI for Good Global Summit participants", EVENTS],
  ai_for_good_un_partners: ["UN partners of AI for Good", EVENTS],
  gsr_participants: ["Global Symposium for Regulators participants", EVENTS],
  connect_summit_participants: ["Connect summit participants", EVENTS],
  connect_summit_commitments: ["Connect summit commitments (USD billion)", EVENTS],
  connect_summits_investment_opportunities_cumulative: [
    "Investment opportunities identified at Connect summits since 2005 (USD billion)",
    EVENTS,
  ],
  telecom_world_participants: ["ITU Telecom World participants", EVENTS],
  wtis_participants: ["World Telecommunication/ICT Indicators Symposium participants", EVENTS],
  wtim_participants: ["World Telecommunication/ICT Indicators Meeting participants", EVENTS],
  egti_members: ["Members of the Expert Group on Telecommunication/ICT Indicators", STATS],
  telecom_world_leaders: ["World leaders at ITU Telecom World", EVENTS],
  telecom_world_registrations: ["ITU Telecom World registrations", EVENTS],
  digital_world_ministers: ["Ministers at ITU Digital World", EVENTS],
  cpm_participants: ["Conference Preparatory Meeting (WRC) participants", EVENTS],
  wtpf_delegates: ["World Telecommunication/ICT Policy Forum delegates", EVENTS],
  wrs_participants: ["World Radiocommunication Seminar participants", EVENTS],
  kaleidoscope_participants: ["ITU Kaleidoscope delegates", EVENTS],
  tdag_participants: ["Telecommunication Development Advisory Group participants", EVENTS],
  itu150_national_celebrations: ["National celebrations of ITU's 150th anniversary", EVENTS],
  bdt_project_portfolio: ["Value of new BDT projects (CHF million)", ITU_D],
  bdt_new_projects: ["New BDT projects", ITU_D],
  bdt_new_partnership_agreements: ["New BDT partnership agreements", ITU_D],
  bdt_new_members: ["New ITU-D members", ITU_D],
  itu_d_centres_of_excellence: ["ITU-D Centres of Excellence", ITU_D],
  reg4covid_submissions: ["Submissions to the REG4COVID platform", ITU_D],
  itu_t_recommendations_approved: ["ITU-T Recommendations approved", STANDARDS],
  u4ssc_cities_implementing_kpis: ["Cities implementing the U4SSC KPIs", STANDARDS],
  fg_imt2020_standards_gaps: ["Standards gaps identified by the IMT-2020 focus group", STANDARDS],
  un_ai_report_projects: ["AI projects in the UN Activities on AI report", STANDARDS],
};

export function buildIndicators(rows: readonly FigureRow[]): Indicators {
  const problems: string[] = [];
  const points = rows.map((row, index) => {
    const value = Number(row.value);
    if (row.value.trim() === "" || !Number.isFinite(value))
      problems.push(`row ${index + 1}: value "${row.value}"`);
    if (!METRIC_LABELS[row.metric]) problems.push(`row ${index + 1}: no label for metric ${row.metric}`);
    const sources = sourcesOf(
      row.source_url
        .split(" | ")
        .map((url) => url.trim())
        .filter(Boolean),
    );
    // A point's sources are plain URLs: how a wrapped page was read goes into the point's note.
    const readVia = sources.flatMap((source) => (source.note?.startsWith("read via") ? [source.note] : []));
    const note = [row.notes.trim(), ...readVia.map((via) => `Source ${via}.`)].filter(Boolean).join(" ");
    return {
      metric: row.metric,
      year: Number(row.year),
      value,
      unit: row.unit,
      ...(row.qualifier.trim() ? { qualifier: row.qualifier.trim() } : {}),
      ...(note ? { note } : {}),
      sources: sources.map((source) => source.url),
    };
  });
  if (problems.length > 0) throw new Error(`yearly-figures.csv:\n  ${problems.join("\n  ")}`);

  const ids = [...new Set(rows.map((row) => row.metric))];
  const metrics: Metric[] = ids.map((id) => {
    const [label, group] = METRIC_LABELS[id] ?? [id, "Other"];
    return { id, label, group };
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  // Grouped by metric (in order of first appearance), then by year; ties keep the CSV order.
  points.sort((a, b) => (order.get(a.metric) ?? 0) - (order.get(b.metric) ?? 0) || a.year - b.year);
  return { formatVersion: FORMAT_VERSION, metrics, points };
}
