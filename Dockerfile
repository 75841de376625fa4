# The citygraph API image (docker-compose.yml runs it next to Neo4j 5).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY citygraph ./citygraph
COPY graph ./graph
COPY loaders ./loaders
COPY api ./api
COPY cypher ./cypher
COPY seed ./seed
RUN pip install --no-cache-dir -e .
# The explorer's pinned front-end libraries (api/explorer/assets.json), fetched and
# verified at build so that the running container needs no registry.
RUN python -m api.explorer.assets
EXPOSE 8000
# Without CITYGRAPH_API_KEY, `serve` refuses a non-loopback --host: run the image with
# -e CITYGRAPH_API_KEY=…, or publish it on loopback only and add --allow-open-uploads
# (as docker-compose.yml does).
CMD ["citygraph", "serve", "--host", "0.0.0.0", "--port", "8000", "--seed"]
