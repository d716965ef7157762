#!/usr/bin/env bash
# Dev aid: the real samples scored with the TypeScript sources (no bundle), verbose.
cd "$(dirname "$0")/../../.."
npx tsx lib/cli/bin.ts --format json ../shared/real-samples > /tmp/rs.json; node ../shared/real-samples/score.mjs ../shared/real-samples/truth.json /tmp/rs.json --verbose
