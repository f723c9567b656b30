import pg from "pg";
const url = process.env.DATABASE_URL!;
const ids = Array.from({ length: 46 }, (_, i) => i + 1);
const page = (json: string, joins = "") => `
SELECT p.__parent, t.__total, x.__rows FROM unnest($1::int[]) AS p(__parent)
CROSS JOIN LATERAL (SELECT count(*)::int AS __total FROM deployment d WHERE d.mission_id = p.__parent) t
CROSS JOIN LATERAL (
  SELECT coalesce(json_agg(${json} ORDER BY c.start_date, c.id), '[]'::json) AS __rows
  FROM (SELECT d.* FROM deployment d WHERE d.mission_id = p.__parent ORDER BY d.start_date, d.id LIMIT 21) c ${joins}
) x`;
const V: Record<string, string> = {
  subplans: page(`json_build_object('pk', c.id, 'officerId', c.officer_id, 'roleId', c.role_id, '__pre_role', (SELECT json_build_object('pk', r.id, 'name', r.name) FROM role r WHERE r.id = c.role_id), '__pre_officer', (SELECT json_build_object('pk', o.id, 'gender', o.gender, 'policeServiceId', o.police_service_id, '__pre_policeService', (SELECT json_build_object('pk', s.id, 'name', s.name) FROM police_service s WHERE s.id = o.police_service_id)) FROM officer o WHERE o.id = c.officer_id))`),
  joins: page(`json_build_object('pk', c.id, 'officerId', c.officer_id, 'roleId', c.role_id, '__pre_role', json_build_object('pk', r.id, 'name', r.name), '__pre_officer', json_build_object('pk', o.id, 'gender', o.gender, 'policeServiceId', o.police_service_id, '__pre_policeService', json_build_object('pk', s.id, 'name', s.name)))`,
    `LEFT JOIN role r ON r.id = c.role_id LEFT JOIN officer o ON o.id = c.officer_id LEFT JOIN police_service s ON s.id = o.police_service_id`),
  arrays: page(`json_build_array(c.id, c.officer_id, c.role_id, json_build_array(r.id, r.name), json_build_array(o.id, o.gender, o.police_service_id, json_build_array(s.id, s.name)))`,
    `LEFT JOIN role r ON r.id = c.role_id LEFT JOIN officer o ON o.id = c.officer_id LEFT JOIN police_service s ON s.id = o.police_service_id`),
  noincl: page(`json_build_object('pk', c.id, 'officerId', c.officer_id, 'roleId', c.role_id)`),
  flat: `WITH pages AS MATERIALIZED (SELECT p.__parent, c.* FROM unnest($1::int[]) AS p(__parent)
      CROSS JOIN LATERAL (SELECT d.id, d.officer_id, d.role_id, d.start_date FROM deployment d WHERE d.mission_id = p.__parent ORDER BY d.start_date, d.id LIMIT 21) c)
    SELECT t.__parent, t.__total, coalesce(x.__rows, '[]'::json) FROM (SELECT p.__parent, (SELECT count(*)::int FROM deployment d WHERE d.mission_id = p.__parent) AS __total FROM unnest($1::int[]) AS p(__parent)) t
    LEFT JOIN (SELECT c.__parent, json_agg(json_build_object('pk', c.id, 'officerId', c.officer_id, 'roleId', c.role_id, '__pre_role', json_build_object('pk', r.id, 'name', r.name), '__pre_officer', json_build_object('pk', o.id, 'gender', o.gender, 'policeServiceId', o.police_service_id, '__pre_policeService', json_build_object('pk', s.id, 'name', s.name))) ORDER BY c.start_date, c.id) AS __rows
      FROM pages c LEFT JOIN role r ON r.id = c.role_id LEFT JOIN officer o ON o.id = c.officer_id LEFT JOIN police_service s ON s.id = o.police_service_id GROUP BY c.__parent) x ON x.__parent = t.__parent`,
  nojson: `SELECT p.__parent, t.__total, x.* FROM unnest($1::int[]) AS p(__parent)
CROSS JOIN LATERAL (SELECT count(*)::int AS __total FROM deployment d WHERE d.mission_id = p.__parent) t
CROSS JOIN LATERAL (SELECT d.id, d.officer_id, d.role_id FROM deployment d WHERE d.mission_id = p.__parent ORDER BY d.start_date, d.id LIMIT 21) x`,
};
async function main() {
  const c = new pg.Client({ connectionString: url }); await c.connect();
  for (let round = 0; round < 2; round++) for (const [name, sql] of Object.entries(V)) {
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      const r = await c.query(`EXPLAIN (ANALYZE, TIMING OFF) ${sql}`, [ids]);
      times.push(Number(/Execution Time: ([\d.]+)/.exec(r.rows.map((x: any) => x["QUERY PLAN"]).join("\n"))![1]));
    }
    console.log(name.padEnd(10), "min", Math.min(...times).toFixed(2), "median", times.sort((a, b) => a - b)[3].toFixed(2));
  }
  await c.end();
}
main();
