-- The yardstick for `candor-cli trends --all`: the same figures written by hand in SQL, for the sqlite3 shell:
--     sqlite3 large.sqlite < tests/benchmarks/trends.sql
-- One row per team and per department rollup, instrument and quarter, in the CLI's CSV columns and order.
-- Its anonymity rule is the simple one SQL can say: a figure under its k is withheld, and when the withheld
-- siblings are one, or together still under their k, the smallest shown sibling is withheld too. Candor's
-- AnonymityPolicy does more (it analyses what every set of shown figures lets a reader subtract, across levels),
-- so this file is a lower bound on the work; on the large demo both give the same rows (tst_benchmark_smoke and
-- candor-bench compare them).
.mode list
.separator ,
.headers on
WITH RECURSIVE
wave AS (
    SELECT w.team_id, i.key AS instrument, i.scale_points AS points,
           substr(w.opens_on, 1, 4) || '-Q' || ((CAST(substr(w.opens_on, 6, 2) AS INTEGER) + 2) / 3) AS period,
           max(w.k, 3) AS k, w.respondents AS n, w.score_sum AS total
    FROM survey_wave w JOIN survey_instrument i ON i.id = w.instrument_id
    WHERE w.respondents > 0
),
below(ancestor, team) AS (
    SELECT id, id FROM team
    UNION ALL
    SELECT below.ancestor, t.id FROM below JOIN team t ON t.parent_id = below.team
),
teamfig AS MATERIALIZED (
    SELECT 'team' AS scope, team_id AS team, instrument, points, period, max(k) AS k, sum(n) AS n,
           sum(total) AS total
    FROM wave GROUP BY team_id, instrument, points, period
),
figure AS (
    SELECT * FROM teamfig
    UNION ALL
    SELECT 'rollup', b.ancestor, instrument, points, period, max(k), sum(n), sum(total)
    FROM teamfig JOIN below b ON b.team = teamfig.team
    WHERE b.ancestor IN (SELECT parent_id FROM team WHERE parent_id IS NOT NULL)
    GROUP BY b.ancestor, instrument, points, period
),
ranked AS (
    SELECT f.*, t.name AS team_name, t.parent_id AS parent, f.n < f.k AS small,
           sum(f.n < f.k) OVER sibling AS small_siblings,
           sum(CASE WHEN f.n < f.k THEN f.n ELSE 0 END) OVER sibling AS small_total,
           max(CASE WHEN f.n < f.k THEN f.k ELSE 0 END) OVER sibling AS small_k,
           row_number() OVER (PARTITION BY t.parent_id, f.instrument, f.points, f.period, f.scope, f.n < f.k
                              ORDER BY f.n, f.team) AS by_size
    FROM figure f JOIN team t ON t.id = f.team
    WINDOW sibling AS (PARTITION BY t.parent_id, f.instrument, f.points, f.period, f.scope)
),
shown AS (
    -- A small figure is withheld. When the withheld siblings are one, or together still fewer than their k, the
    -- smallest shown sibling is withheld with them, so the parent minus the shown siblings gives nothing away.
    SELECT r.*, (r.small OR (NOT r.small AND r.by_size = 1 AND r.small_siblings >= 1
                             AND (r.small_siblings = 1 OR r.small_total < r.small_k))) AS hidden
    FROM ranked r
)
SELECT s.scope, s.team_name AS team, coalesce(p.name, '') AS parent, s.instrument, s.period,
       CASE WHEN s.hidden THEN '' ELSE s.n END AS respondents,
       CASE WHEN s.hidden THEN '' ELSE printf('%.2f', s.total / s.n) END AS score,
       CASE WHEN s.hidden THEN 'true' ELSE 'false' END AS suppressed
FROM shown s LEFT JOIN team p ON p.id = s.parent
ORDER BY s.instrument, s.team_name COLLATE NOCASE, s.scope = 'rollup', s.period;
