-- Q1 by hand: one statement, PostgreSQL builds peaceops's response body (data.missions.edges ...).
-- Missions by code (byte order), host countries by ISO3, the first 20 deployments by (start date, id).
SELECT json_build_object('data', json_build_object('missions', json_build_object('edges',
         coalesce(json_agg(json_build_object('node', page.node) ORDER BY page.code COLLATE "C", page.id), '[]'::json))))::text
FROM (
  SELECT m.id, m.code, json_build_object(
           'code', m.code,
           'hostCountries', hosts.list,
           'leadOrganization', json_build_object('code', lead.code),
           'deployments', json_build_object('totalCount', total.n, 'edges', deps.list)) AS node
  FROM mission m
  JOIN organization lead ON lead.id = m.lead_organization_id
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('name', c.name) ORDER BY c.iso3 COLLATE "C"), '[]'::json) AS list
    FROM mission_host_country h JOIN country c ON c.iso3 = h.country_iso3
    WHERE h.mission_id = m.id) hosts
  CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM deployment d WHERE d.mission_id = m.id) total
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('node', json_build_object(
             'role', json_build_object('name', r.name),
             'officer', json_build_object('gender', o.gender, 'policeService', json_build_object('name', ps.name))))
             ORDER BY first20.start_date, first20.id), '[]'::json) AS list
    FROM (SELECT d.id, d.start_date, d.role_id, d.officer_id FROM deployment d
          WHERE d.mission_id = m.id ORDER BY d.start_date, d.id LIMIT 20) first20
    JOIN role r ON r.id = first20.role_id
    JOIN officer o ON o.id = first20.officer_id
    JOIN police_service ps ON ps.id = o.police_service_id) deps
  ORDER BY m.code COLLATE "C", m.id
  LIMIT 50
) page
