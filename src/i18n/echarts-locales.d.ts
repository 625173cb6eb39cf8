// ECharts ships its locale packs as plain ES modules without type declarations.
declare module "echarts/lib/i18n/*" {
  // An ambient module cannot import by relative path, so the type is named through import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const locale: import("./echarts-locale-option").LocaleOption;
  export default locale;
}
