// Who took part in the Kaohsiung Lantern Festival, year by year: each edition of the
// series, the parties that attended (or were only invited or planned to), and how many
// of those rows were inferred from statements such as 「每年都派遣代表團」.
// :param series => 'series:kaohsiung-lantern-festival'
MATCH (:EventSeries {id: $series})<-[:EDITION_OF]-(e:Event)<-[r:PARTICIPATED_IN]-(x)
RETURN e.year AS year, r.status AS status,
       collect(DISTINCT x.name_zh) AS parties,
       sum(CASE WHEN r.inferred THEN 1 ELSE 0 END) AS inferred
ORDER BY year, status
