import { useState } from "react";
import { Popover } from "../../components/popover/Popover";
import { useTranslation } from "../../i18n/use-translation";
import { useHashLocation } from "../../url-state/use-hash-location";
import { currentViewUrl, embedUrl, iframeSnippet } from "./share-links";

// An open activity's detail is the page's state, not the view's: an embed shows the table.
const PAGE_ONLY_PARAMS = ["activity"];

/**
 * Share for a whole page that is not a chart (the activities table, the comparison): its link, and the
 * embed code and URL of the same view with the same filters. A small piece of its own beside the
 * charts' share menu.
 */
export function ViewShareMenu({ view, title }: { view: "activities" | "compare"; title: string }) {
  const { t } = useTranslation();
  return (
    <Popover
      className="share-menu view-share"
      placement="bottom-end"
      panelLabel={`${t("share.button")} ${title}`}
      trigger={
        <>
          {t("share.button")}
          <span className="visually-hidden"> {title}</span>
        </>
      }
    >
      {() => <ViewSharePanel view={view} title={title} />}
    </Popover>
  );
}

function ViewSharePanel({ view, title }: { view: "activities" | "compare"; title: string }) {
  const { t } = useTranslation();
  const { params } = useHashLocation();
  const [status, setStatus] = useState("");
  const embedParams = new URLSearchParams([...params].filter(([key]) => !PAGE_ONLY_PARAMS.includes(key)));
  const embed = embedUrl(view, embedParams);
  const copy = (done: string, text: () => string) => () =>
    navigator.clipboard.writeText(text()).then(
      () => setStatus(done),
      (error: unknown) =>
        setStatus(
          t("share.failed", { action: done, error: error instanceof Error ? error.message : String(error) }),
        ),
    );
  return (
    <div className="share-menu__panel">
      <p className="share-menu__group">{t("share.link")}</p>
      <button type="button" onClick={copy(t("share.linkCopied"), currentViewUrl)}>
        {t("share.copyLink")}
      </button>
      <button
        type="button"
        onClick={copy(t("share.embedCopied"), () => iframeSnippet(embed, title, 1000, 640))}
      >
        {t("share.copyEmbed")}
      </button>
      <button type="button" onClick={copy(t("share.embedUrlCopied"), () => embed)}>
        {t("share.copyEmbedUrl")}
      </button>
      <p className="share-menu__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
