-- Q3 by hand: the mission by code with its lead organization and host countries (by ISO3).
SELECT json_build_object('data', json_build_object('mission', (
  SELECT json_build_object(
           'code', m.code, 'name', m.name, 'startDate', m.start_date, 'endDate', m.end_date,
           'leadOrganization', json_build_object('code', lead.code, 'name', lead.name),
           'hostCountries', (SELECT coalesce(json_agg(json_build_object('iso3', c.iso3, 'name', c.name) ORDER BY c.iso3 COLLATE "C"), '[]'::json)
                             FROM mission_host_country h JOIN country c ON c.iso3 = h.country_iso3
                             WHERE h.mission_id = m.id))
  FROM mission m JOIN organization lead ON lead.id = m.lead_organization_id
  WHERE m.code = 'MINUSTAH')))::text
