// Reading a world file from disk, with errors that name the file and what is wrong in it.
import { readFile } from 'node:fs/promises';
import { validateWorld, WorldError, type World } from './world.js';

export async function loadWorldFile(path: string): Promise<World> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new WorldError(`${path}: cannot read the world file: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new WorldError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  return validateWorld(json, path);
}
