"""Gemeente: one municipality's profile (?gemeente=Ronse): its figures, its poverty indicators with their
change and standing, its 2025 merger, and what its region wrote."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.text.curated_text import column_in_language
from dashboard.text.dates import day_text
from dashboard.text.i18n import tr
from dashboard.views.map_view import map_frame, table_columns
from dashboard.text.markdown_text import escape, literal
from dashboard.views.municipality_profile import as_text, counted, find, income_range, indicators, profile_years, row_label, summary
from dashboard.text.numbers import number, signed
from dashboard.core.paths import PAGES_DIR
from dashboard.core.indicators import FLANDERS, INDICATORS
from dashboard.views.report import measure_notes, obstacle_counts, ranked_text, service_counts
from dashboard.domain.text_search import scripts
from dashboard.ui import shell, url_state
from dashboard.ui.components import cached, data_table, localise_columns, scope_notice

KEY = "gemeente"  # URL key of the municipality shown


def _show(name: str) -> None:
    """Button callback: show municipality ``name`` (in the URL, so the link reopens it) and empty the search."""
    st.query_params[KEY] = name
    st.session_state["zoek"] = ""


# 1. Context, and the municipality: found by the search box, else named in the URL (accents and case ignored)
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
names = ds.tables["municipalities"].set_index("nis_code")["name"]
st.title(tr("municipality.title", lang))
typed = st.text_input(tr("municipality.search", lang), key="zoek", help=tr("municipality.search_help", lang), max_chars=60)
found = cached(find)(ds, typed)
if typed and not found:
    st.warning(tr("municipality.no_match", lang, text=literal(typed[:40]), n=len(ds.tables["regions"])))
    url_state.foreign_script_notice(typed, cached(scripts)("".join(names)), lang)
elif len(found) == 1 and names[found[0]] != st.query_params.get(KEY):
    st.query_params[KEY] = names[found[0]]
elif len(found) > 1:
    st.caption(tr("municipality.matches", lang))
    with st.container(horizontal=True):
        for code in found:
            st.button(names[code], key=f"kies-{code}", on_click=_show, args=(names[code],))
asked = st.query_params.get(KEY, "")
codes = cached(find)(ds, asked)
nis_code = codes[0] if len(codes) == 1 else None
if asked and nis_code is None:
    url_state.unknown_notice(tr("col.municipality", lang), [asked], lang)
if nis_code is None:  # the 63 to choose from, with their figures
    st.info(tr("municipality.choose", lang))
    st.page_link(str(PAGES_DIR / "kaart.py"), label=tr("municipality.to_map", lang), icon=":material/map:")
    every, key = cached(map_frame)(ds, ctx.scope.regions, False)
    latest = profile_years(ds)[1]
    data_table(localise_columns(every.sort_values("name"), table_columns("poverty", key, latest), lang),
               source_line(ds, ctx.scope.regions, lang, indicators=(("poverty", latest),)), ctx, key="gemeente_all",
               title=tr("municipality.title", lang))
    st.stop()

# 2. The municipality in figures, and its 2025 merger
m = cached(summary)(ds, nis_code)
st.header(m["name"])
st.caption(tr("municipality.figures", lang, region=m["region"], population=number(m["population"], lang),
              date=day_text(m["population_date"], lang), area=number(m["area_km2"], lang, 1),
              density=number(m["density_per_km2"], lang)))
if m["is_merged_2025"]:
    st.markdown(tr("municipality.merger", lang, name=m["name"], partners=m["merged_with"], merged=m["name_2025"]))
else:
    st.caption(tr("municipality.no_merger", lang, name=m["name"]))

# 3. Poverty indicators: the latest year against the first, standing among the 63 and in Flanders
first, latest = profile_years(ds)
table = cached(indicators)(ds, nis_code).set_index("indicator")
n = counted(ds, latest)
st.subheader(tr("municipality.poverty", lang, first=first, latest=latest))
rate, median, at_risk = (table.loc[c] for c in ("poverty", "income", "persons_at_risk"))
left, middle, right = st.columns(3)
points = tr("municipality.points", lang, value=signed(rate["change"], lang, 1))
left.metric(f"{tr('map.mode.poverty', lang)} {latest}", f"{number(rate['value_latest'], lang, 1)} %",
            delta_color=INDICATORS["poverty"].delta_color,
            delta=tr("municipality.delta", lang, first=first, change=points))
middle.metric(f"{tr('map.mode.income', lang)} {latest}", f"€ {number(median['value_latest'], lang)}",
              delta_color=INDICATORS["income"].delta_color,
              delta=tr("municipality.delta", lang, first=first, change=signed(100 * median["change"] / median["value_first"], lang, 1) + " %"))
right.metric(f"{tr('municipality.at_risk', lang)} {latest}", number(at_risk["value_latest"], lang), delta_color="inverse",
             delta=tr("municipality.delta", lang, first=first, change=signed(at_risk["change"], lang)))
st.markdown(tr("municipality.standing", lang, n=len(ds.tables["regions"]), latest=latest, name=m["name"], rank_study=int(rate["rank_study"]), n_study=n["study"],
               rank_flanders=int(rate["rank_flanders"]), n_flanders=n["flanders"],
               flanders=number(rate["flanders_latest"], lang, 1)))
columns = {
    "indicator": tr("municipality.col.indicator", lang), "value_first": str(first), "value_latest": str(latest),
    "change": tr("municipality.col.change", lang, first=first, latest=latest),
    "rank_study": tr("municipality.col.rank_study", lang, n=n["study"], latest=latest),
    "rank_flanders": tr("municipality.col.rank_flanders", lang, n=n["flanders"], latest=latest),
    "region_latest": tr("municipality.col.region", lang, region=m["region"], latest=latest),
    "flanders_latest": tr("municipality.col.flanders", lang, latest=latest)}
shown = table.reset_index()
labelled = shown.assign(indicator=shown["indicator"].map(lambda name: row_label(name, lang))).rename(columns=columns)
data_table(labelled, source_line(ds, [m["region_id"]], lang, indicators=tuple((i, latest) for i in INDICATORS)), ctx,
           key="gemeente_indicators", phone_rows=True,
           title=tr("municipality.table_title", lang, name=m["name"]),
           as_shown=as_text(shown, lang).assign(indicator=labelled[columns["indicator"]]).rename(columns=columns))
low, low_name, high, high_name = income_range(ds, m["region_id"], latest)
flow, flow_name, fhigh, fhigh_name = income_range(ds, FLANDERS, latest)
st.caption(tr("municipality.income_range", lang, latest=latest, region=m["region"], low=number(low, lang), low_name=low_name,
              high=number(high, lang), high_name=high_name, flow=number(flow, lang), flow_name=flow_name,
              fhigh=number(fhigh, lang), fhigh_name=fhigh_name))
st.caption(tr("caveat.poverty", lang))

# 4. What its region wrote: regional statements, not about the municipality alone (the sidebar's persona and obstacle apply)
st.subheader(tr("municipality.region_wrote", lang, region=m["region"]))
st.info(tr("municipality.regional_note", lang, region=m["region"], name=m["name"]))
scope = ctx.scope.with_regions([m["region_id"]])
scope_notice(scope, ("challenges", "obstacles", "services"), lang)
left, right = st.columns(2)
with left:
    challenges = scope.challenges()
    st.markdown(f"**{tr('report.challenges', lang)}**\n\n" + "\n".join(
        f"{row.challenge_rank}. {escape(title)} — *{escape(row.personas)}*"
        for row, title in zip(challenges.itertuples(), column_in_language(challenges, "title", lang))))
with right:
    more = tr("report.more", lang)
    obstacles, services = cached(obstacle_counts)(scope, lang), cached(service_counts)(scope, lang)
    for label, text in (("report.obstacles", ranked_text(obstacles, "obstacle", "obstacle_id", lang, scope.obstacle_id, 10, more)),
                        ("report.services", ranked_text(services, "service_type", "service_type_id", lang, None, 10, more))):
        st.markdown(f"**{tr(label, lang)}**: {text or tr('home.none', lang)}")
    notes = measure_notes(obstacles, "obstacle", 10) + measure_notes(services, "service_type", 10)
    st.caption(" · ".join([tr("report.counted", lang), *notes]))
st.caption(source_line(ds, [m["region_id"]], lang, population=True))
