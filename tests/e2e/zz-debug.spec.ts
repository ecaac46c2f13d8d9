import { test } from '@playwright/test';
import { LOCALES } from '../support/site';
test('x', () => { console.log(LOCALES); });
