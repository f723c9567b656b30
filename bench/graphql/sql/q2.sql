-- Q2 by hand: distinct officers and distinct women per mission among the deployments that overlap
-- peaceops's default period (1900-01-01 .. today in UTC), as femaleParticipation(groupBy: [MISSION]).
SELECT json_build_object('data', json_build_object('femaleParticipation', json_build_object('rows',
         coalesce(json_agg(json_build_object('key', json_build_object('mission', json_build_object('code', g.code)),
                                             'officers', g.officers, 'female', g.female)
                           ORDER BY g.code COLLATE "C"), '[]'::json))))::text
FROM (
  SELECT m.code,
         count(DISTINCT d.officer_id)::int AS officers,
         (count(DISTINCT d.officer_id) FILTER (WHERE o.gender = 'FEMALE'))::int AS female
  FROM deployment d
  JOIN officer o ON o.id = d.officer_id
  JOIN mission m ON m.id = d.mission_id
  WHERE d.start_date <= (now() AT TIME ZONE 'UTC')::date
    AND (d.end_date IS NULL OR d.end_date >= DATE '1900-01-01')
  GROUP BY m.code
) g
