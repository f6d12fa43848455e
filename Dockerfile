# One image for web, worker and gpu-worker: the same `make install` as the local quick start.
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt constraints.txt Makefile ./
RUN make install PYTHON=python3.11
COPY . .
ENV TUNELOOP_VAR_DIR=/app/var
