/**
 * The library page: every article the reader ran WhoSaid on, kept in the extension's own database. Search by a
 * person's or body's name or by words of a claim; a person's page lists everything they were reported saying,
 * newest first, each with a link that opens the article with the claim shown; charts of the voice mix per site and
 * per week; export, import, removal of one article, and forgetting everything. Text from pages is rendered as text
 * only, and only http(s) articles are linked. The view follows the address's fragment (#q=…, #person=…), so Back
 * and Forward work.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { EXPORT_FORMAT, EXPORT_VERSION, parseLibraryExport, type LibraryExport } from '../../shared/library/entry.js';
import {
  LibraryError,
  type ClaimHit,
  type LibraryStore,
  type LibraryTotals,
  type PersonPage,
  type SearchResult,
  type StoredArticle,
} from '../../shared/library/store.js';
import { mixBySite, mixByWeek, type MixRow } from './chart-data.js';
import { VoiceCharts } from './Charts.js';
import { dayLabel, isoDay, kindLabel, roleLabel } from './format.js';
import { t, tn } from '../../shared/i18n.js';
import type { LibraryApi } from './library-api.js';
import { claimLink } from './links.js';
import { isolated } from '../../shared/presentation.js';

export type Route = { view: 'home' } | { view: 'search'; query: string } | { view: 'person'; key: string };

export function routeOf(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const person = params.get('person');
  if (person !== null && person !== '') return { view: 'person', key: person };
  const query = params.get('q');
  if (query !== null && query.trim() !== '') return { view: 'search', query };
  return { view: 'home' };
}

export function hashOf(route: Route): string {
  if (route.view === 'person') return `#person=${encodeURIComponent(route.key)}`;
  if (route.view === 'search') return `#q=${encodeURIComponent(route.query)}`;
  return '';
}

const SEARCH_DELAY_MS = 120;
const IMPORT_BATCH = 100;
const PAGE = 100;

function errorText(error: unknown): string {
  return error instanceof LibraryError || error instanceof Error ? error.message : String(error);
}

function ClaimItem({ hit, showSpeaker }: { hit: ClaimHit; showSpeaker: boolean }) {
  const { claim, article } = hit;
  const link = claimLink(article.url, claim.text);
  return (
    <li class="claim" data-seq={article.seq} data-claim={claim.i}>
      <blockquote class="claim-text"><bdi>{claim.text}</bdi></blockquote>
      <p class="claim-meta">
        {showSpeaker ? (
          claim.person === undefined ? <span class="speaker"><bdi>{claim.name}</bdi></span> : (
            <a class="speaker" href={hashOf({ view: 'person', key: claim.person })}><bdi>{claim.name}</bdi></a>
          )
        ) : null}
        {showSpeaker ? ' · ' : ''}
        <span class="cue"><bdi>{claim.cue}</bdi></span>
        {' · '}
        <span class="site"><bdi>{article.site}</bdi></span>
        {' · '}
        <time dateTime={isoDay(article.when)}>{dayLabel(article.when)}</time>
      </p>
      {link === null ? (
        <p class="claim-article"><bdi>{article.title}</bdi></p>
      ) : (
        <p class="claim-article">
          <a href={link} target="_blank" rel="noopener noreferrer" class="article-link">
            <bdi>{article.title}</bdi>
          </a>
        </p>
      )}
    </li>
  );
}

function ClaimList({ hits, showSpeaker, label }: { hits: readonly ClaimHit[]; showSpeaker: boolean; label: string }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ol class="claims" aria-label={label}>
        {hits.slice(0, shown).map((hit) => <ClaimItem key={`${hit.article.seq}:${hit.claim.i}`} hit={hit} showSpeaker={showSpeaker} />)}
      </ol>
      {hits.length > shown ? (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          {t('show_more_of', { count: Math.min(PAGE, hits.length - shown), total: hits.length - shown })}
        </button>
      ) : null}
    </>
  );
}

function SearchResults({ result, query }: { result: SearchResult; query: string }) {
  return (
    <div class="results" data-results="search">
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('lib_people_title')}</h2>
        {result.people.length === 0 ? (
          <p class="empty">{t('lib_no_name', { query: isolated(query) })}</p>
        ) : (
          <ul class="people">
            {result.people.map((person) => (
              <li key={person.key}>
                <a href={hashOf({ view: 'person', key: person.key })} class="person-link"><bdi>{person.name}</bdi></a>
                <span class="person-facts">
                  {kindLabel(person.kind)}
                  {person.role === undefined ? '' : ` · ${roleLabel(person.role)}`}
                  {` · ${t('lib_claims_in_articles', { claims: tn('claims_count', person.claims), articles: tn('articles_count', person.articles) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">{t('lib_claims_title')}</h2>
        {result.claims.length === 0 ? (
          <p class="empty">{t('lib_no_claim', { query: isolated(query) })}</p>
        ) : (
          <>
            <p class="count">
              {!result.claimTotalExact
                ? tn('lib_newest_found', result.claims.length)
                : result.claimTotal > result.claims.length
                  ? tn('lib_newest_of', result.claimTotal, { shown: result.claims.length })
                  : tn('lib_claims_total', result.claimTotal)}
            </p>
            <ClaimList hits={result.claims} showSpeaker label={t('lib_claims_found')} />
          </>
        )}
      </section>
    </div>
  );
}

function PersonView({ page, personKey, onMore }: { page: PersonPage; personKey: string; onMore(): void }) {
  const person = page.person;
  const title = useRef<HTMLHeadingElement>(null);
  // arriving on a person's page (a link, Back): the reader's focus goes to its heading, as a new page's would
  useEffect(() => title.current?.focus(), [personKey]);
  const name = person?.name ?? page.claims[0]?.claim.name ?? personKey;
  return (
    <section aria-labelledby="person-title" class="person-page" data-person={personKey}>
      <h2 id="person-title" tabIndex={-1} ref={title}><bdi>{name}</bdi></h2>
      <p class="person-facts">
        {person === null ? '' : kindLabel(person.kind)}
        {person?.role === undefined ? '' : ` · ${roleLabel(person.role)}`}
        {' · '}
        {person === null ? tn('lib_person_said', page.total) : tn('lib_person_said_in', page.total, { articles: tn('articles_count', person.articles) })}
      </p>
      {page.claims.length === 0 ? <p class="empty">{t('lib_person_empty')}</p> : (
        <>
          <ClaimList hits={page.claims} showSpeaker={false} label={t('lib_person_claims_label', { name: isolated(name) })} />
          {page.total > page.claims.length ? (
            <button type="button" class="more" onClick={onMore}>
              {t('show_more_of', { count: Math.min(PAGE, page.total - page.claims.length), total: page.total - page.claims.length })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function RecentArticles({ articles, onRemove, onMore, hasMore }: {
  articles: readonly StoredArticle[];
  onRemove(article: StoredArticle): void;
  onMore(): void;
  hasMore: boolean;
}) {
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('lib_recent_title')}</h2>
      <ul class="articles">
        {articles.map((article) => (
          <li key={article.seq} data-seq={article.seq}>
            <span class="article-title">
              {claimLink(article.url, '') === null ? <bdi>{article.title}</bdi> : (
                <a href={article.url} target="_blank" rel="noopener noreferrer"><bdi>{article.title}</bdi></a>
              )}
            </span>
            <span class="article-facts">
              <bdi>{article.site}</bdi> · {dayLabel(article.when)} · {tn('claims_count', article.counts.claims)} ·{' '}
              {t('lib_article_voices', { named: tn('lib_named_voices', article.counts.named), unnamed: tn('lib_unnamed_voices', article.counts.unnamed) })}
            </span>
            <button type="button" class="remove" aria-label={t('lib_remove_label', { title: isolated(article.title) })} onClick={() => onRemove(article)}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
      {hasMore ? <button type="button" class="more" onClick={onMore}>{t('lib_more_articles')}</button> : null}
    </section>
  );
}

export interface LibraryPageProps {
  api: LibraryApi;
  /** The address fragment the page starts from and follows (location.hash). */
  initialHash: string;
  /** Changes the address fragment (pushes a history entry unless `replace`). */
  navigate(hash: string, replace: boolean): void;
  /** Subscribes to the address fragment's changes (Back, Forward, a link); returns the unsubscribe. */
  onHashChange(callback: (hash: string) => void): () => void;
}

export function LibraryPage({ api, initialHash, navigate, onHashChange }: LibraryPageProps) {
  const [store, setStore] = useState<LibraryStore | null>(null);
  const [fatal, setFatal] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [keeping, setKeeping] = useState<boolean | null>(null);
  const [route, setRoute] = useState<Route>(() => routeOf(initialHash));
  const [query, setQuery] = useState(() => (route.view === 'search' ? route.query : ''));
  const [totals, setTotals] = useState<LibraryTotals | null>(null);
  const [recent, setRecent] = useState<StoredArticle[]>([]);
  const [recentLimit, setRecentLimit] = useState(20);
  const [charts, setCharts] = useState<{ bySite: MixRow[]; byWeek: MixRow[] } | null>(null);
  const [result, setResult] = useState<{ query: string; result: SearchResult } | null>(null);
  const [person, setPerson] = useState<{ key: string; page: PersonPage } | null>(null);
  const [personLimit, setPersonLimit] = useState(PAGE);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmForget, setConfirmForget] = useState(false);
  const [version, setVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    api.openStore(() => setFatal(new LibraryError('closed', t('lib_error_closed')).message)).then(
      (opened) => live && setStore(opened),
      (error: unknown) => {
        if (!live) return;
        setFatal(errorText(error));
        setReady(true);
      },
    );
    api.keeping().then((on) => live && setKeeping(on), () => undefined);
    api.problemNote().then((note) => live && setProblem(note), () => undefined);
    const stop = api.onLibraryChanged(() => setVersion((value) => value + 1));
    const stopHash = onHashChange((hash) => {
      const next = routeOf(hash);
      setRoute(next);
      if (next.view === 'search') setQuery(next.query);
      if (next.view === 'home') setQuery('');
    });
    return () => {
      live = false;
      stop();
      stopHash();
    };
  }, [api, onHashChange]);

  const fail = useCallback((error: unknown) => setStatus(errorText(error)), []);

  // totals, the recent articles and the charts: on open and after every change
  useEffect(() => {
    if (store === null) return;
    let live = true;
    Promise.all([store.totals(), store.recentArticles(recentLimit)]).then(([found, articles]) => {
      if (!live) return;
      setTotals(found);
      setRecent(articles);
      if (route.view === 'home') setReady(true);
    }, fail);
    return () => {
      live = false;
    };
  }, [store, version, recentLimit, route.view, fail]);

  useEffect(() => {
    if (store === null || route.view !== 'home') return;
    let live = true;
    store.allArticles().then((articles) => live && setCharts({ bySite: mixBySite(articles, 10), byWeek: mixByWeek(articles, 16) }), fail);
    return () => {
      live = false;
    };
  }, [store, version, route.view, fail]);

  useEffect(() => {
    if (store === null || route.view !== 'search') return;
    let live = true;
    const timer = setTimeout(() => {
      store.search(route.query).then((found) => {
        if (!live) return;
        setResult({ query: route.query, result: found });
        setReady(true);
      }, fail);
    }, ready ? SEARCH_DELAY_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store, route, version, fail]);

  useEffect(() => {
    if (store === null || route.view !== 'person') return;
    let live = true;
    store.person(route.key, personLimit).then((page) => {
      if (!live) return;
      setPerson({ key: route.key, page });
      setReady(true);
    }, fail);
    return () => {
      live = false;
    };
  }, [store, route, version, personLimit, fail]);

  const onSearchInput = (event: TargetedEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setQuery(value);
    const next: Route = value.trim() === '' ? { view: 'home' } : { view: 'search', query: value };
    // typing replaces the entry; leaving a person's page for a search adds one
    navigate(hashOf(next), route.view === 'search' || (route.view === 'home' && next.view === 'search'));
    setRoute(next);
  };

  const remove = (article: StoredArticle) => {
    store?.remove(article.seq).then(() => {
      setStatus(t('lib_removed', { title: isolated(article.title) }));
      setVersion((value) => value + 1);
    }, fail);
  };

  const forget = () => {
    store?.forgetAll().then(() => {
      setConfirmForget(false);
      setResult(null);
      setPerson(null);
      setStatus(t('lib_forgotten'));
      setVersion((value) => value + 1);
    }, fail);
  };

  const exportAll = () => {
    if (store === null) return;
    setStatus(t('lib_exporting'));
    store.exportEntries().then(({ entries, unreadable }) => {
      const file: LibraryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), articles: entries };
      api.download(`whosaid-library-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(file));
      setStatus(unreadable > 0
        ? tn('lib_exported_damaged', unreadable, { articles: tn('articles_count', entries.length) })
        : t('lib_exported', { articles: tn('articles_count', entries.length) }));
    }, fail);
  };

  const importFile = (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined || store === null) return;
    setStatus(t('lib_reading', { file: file.name }));
    file.text().then(async (text) => {
      const parsed = parseLibraryExport(text);
      if (!parsed.ok) {
        setStatus(parsed.message);
        return;
      }
      let kept = 0;
      // oldest first, so the library's order (newest kept first) follows the analyses' own dates
      const entries = [...parsed.entries].sort((a, b) => a.analysedAt - b.analysedAt);
      for (let start = 0; start < entries.length; start += IMPORT_BATCH) {
        kept += (await store.saveMany(entries.slice(start, start + IMPORT_BATCH), 'newer')).length;
      }
      const unchanged = parsed.entries.length - kept;
      setStatus(
        [
          tn('lib_imported', kept),
          ...(unchanged > 0 ? [tn('lib_import_unchanged', unchanged)] : []),
          ...(parsed.skipped > 0 ? [tn('lib_import_skipped', parsed.skipped)] : []),
        ].reduce((first, rest) => t('lib_list_join', { first, rest })) + t('lib_sentence_end'),
      );
      setVersion((value) => value + 1);
    }).catch((error: unknown) => setStatus(t('lib_import_failed', { error: errorText(error) }))).finally(() => {
      input.value = '';
    });
  };

  const dismissProblem = () => {
    setProblem(null);
    api.clearProblemNote().catch(() => undefined);
  };

  const empty = totals !== null && totals.articles === 0;
  const heading = useMemo(() => (totals === null ? '' : `${tn('articles_count', totals.articles)} · ${tn('claims_count', totals.claims)} · ${tn('lib_people_count', totals.people)}`), [totals]);

  return (
    <main class="library" data-ready={ready ? 'true' : 'false'} data-view={route.view}>
      <header>
        <h1>{t('lib_title')}</h1>
        <p class="totals">{heading}</p>
        <p class="keeping">
          {keeping === false
            ? t('lib_not_keeping')
            : t('lib_keeping')}{' '}
          <button type="button" class="link-button" onClick={() => api.openSettings()}>{t('lib_settings')}</button>
        </p>
      </header>
      {fatal !== '' ? <p class="error" role="alert">{fatal}</p> : null}
      {problem !== null ? (
        <div class="problem" role="alert">
          <p>{problem}</p>
          <button type="button" onClick={dismissProblem}>{t('lib_dismiss')}</button>
        </div>
      ) : null}

      <div class="search">
        <form role="search" onSubmit={(event) => event.preventDefault()}>
          <label for="library-search">{t('lib_search_label')}</label>
          <input
            id="library-search"
            type="search"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('lib_search_placeholder')}
            value={query}
            onInput={onSearchInput}
            disabled={store === null}
          />
        </form>
      </div>

      {route.view !== 'home' ? (
        <p class="back">
          <a href="#" onClick={(event) => {
            event.preventDefault();
            navigate('', false);
            setRoute({ view: 'home' });
            setQuery('');
          }}>← {t('lib_overview')}</a>
        </p>
      ) : null}

      {route.view === 'search' && result !== null ? <SearchResults result={result.result} query={result.query} /> : null}
      {route.view === 'person' && person !== null && person.key === route.key ? <PersonView page={person.page} personKey={route.key} onMore={() => setPersonLimit(personLimit + PAGE)} /> : null}
      {route.view === 'home' ? (
        empty ? (
          <p class="empty">{t('lib_empty')}</p>
        ) : (
          <>
            {charts !== null && charts.bySite.length > 0 ? <VoiceCharts bySite={charts.bySite} byWeek={charts.byWeek} /> : null}
            <RecentArticles articles={recent} onRemove={remove} hasMore={totals !== null && recent.length < totals.articles} onMore={() => setRecentLimit(recentLimit + 20)} />
          </>
        )
      ) : null}

      <section aria-labelledby="manage-title" class="manage">
        <h2 id="manage-title">{t('lib_data_title')}</h2>
        <p class="hint">{t('lib_data_hint')}</p>
        <div class="actions">
          <button type="button" onClick={exportAll} disabled={store === null}>{t('lib_export_json')}</button>
          <label class="file-button">
            {t('lib_import_json')}
            <input ref={fileInput} type="file" accept="application/json,.json" onChange={importFile} disabled={store === null} class="visually-hidden-input" />
          </label>
          {confirmForget ? (
            <span class="confirm" role="group" aria-label={t('lib_confirm_forget')}>
              <span>{tn('lib_forget_confirm', totals?.articles ?? 0)}</span>
              <button type="button" class="danger" onClick={forget}>{t('lib_forget')}</button>
              <button type="button" onClick={() => setConfirmForget(false)}>{t('cancel')}</button>
            </span>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirmForget(true)} disabled={store === null}>{t('lib_forget_ask')}</button>
          )}
        </div>
      </section>

      <p class="status" role="status" aria-live="polite">{status}</p>
    </main>
  );
}
