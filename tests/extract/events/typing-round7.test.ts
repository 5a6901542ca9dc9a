/**
 * Event typing, round 7 (types3): a commodity or a flow that starts, stops, moves or reaches an
 * amount is trade (economic), not a generic change: a swap or flow that began, a commodity that
 * began to arrive, a volume that reached an amount in an economic unit. Sentences written for this
 * test on unrelated topics (match and no-match).
 */
import { describe, expect, it } from 'vitest';
import { typesOf } from '../../helpers/triggers.js';

describe('a swap or a flow that began, started or stopped is economic', () => {
  it.each([
    ['The deal renews a grain swap that began on 4 June 2011 with two cargoes a month.', 'began'],
    ['Norway pumps condensate to the refinery, a flow that started in 2016.', 'started'],
    ['Cotton shipments to the mill, a flow that stopped in May 1998, never recovered.', 'stopped'],
    ['A currency swap that started in 2009 still runs.', 'started'],
  ])('%s', (text, word) => {
    expect(typesOf(text, word)).toEqual(['economic']);
  });
  it.each([
    ['The festival, a tradition that began in 1975, drew crowds.', 'began'],
    ['The flow of visitors to the museum started to grow in 2012.', 'started'],
    ['A quarrel that began in 1990 soured the talks.', 'began'],
  ])('no trade: %s', (text, word) => {
    expect(typesOf(text, word)).not.toContain('economic');
  });
});

describe('a commodity that began to arrive or flow is economic', () => {
  it.each([
    ['Chilean copper began to arrive at the smelter in March 2004.', 'began'],
    ['Algerian gas started to flow through the new link in 1996.', 'started'],
    ['Ukrainian wheat began to move across the Danube in August 2022.', 'began'],
  ])('%s', (text, word) => {
    expect(typesOf(text, word)).toEqual(['economic']);
  });
  it.each([
    ['Chilean miners began to arrive at the camp in March 2004.', 'began'],
    ['The committee began to discuss the budget in 1996.', 'began'],
    ['Algerian gas began to worry the ministry in 1996.', 'began'],
  ])('no trade: %s', (text, word) => {
    expect(typesOf(text, word)).not.toContain('economic');
  });
});

describe('a commodity or a flow that reached an amount in an economic unit is economic', () => {
  it.each([
    ['In 2015 the flow reached about 3.2 million tonnes.', 'reached'],
    ['Since 2019 Nigerian oil has reached the Dutch terminal by tanker.', 'reached'],
    ['Last year the volume rose to 12 bcm.', 'rose'],
  ])('%s', (text, word) => {
    expect(typesOf(text, word)).toEqual(['economic']);
  });
  it.each([
    ['In the spring of 2015 the river reached about 3.2 metres.', 'reached'],
    ['In 1947 the water level of the lake fell sharply.', 'fell'],
    ['In July 2015 the heat wave reached about 41 degrees.', 'reached'],
  ])('no trade: %s', (text, word) => {
    expect(typesOf(text, word)).not.toContain('economic');
  });
});

describe('a capitalised commodity inside a name is no flow head', () => {
  it.each([
    ['A branch of the Norwegian Institute of Oil and Gas opened in Bergen in 2012.', 'opened', 'economic'],
    ['The Museum of Cotton and Textiles opened in Manchester in 1998.', 'opened', 'economic'],
  ])('%s', (text, word, not) => {
    expect(typesOf(text, word)).not.toContain(not);
  });
  it('keeps a commodity that opens the sentence', () => {
    expect(typesOf('Gas deliveries to the plant began on 2 May 2003.', 'began')).toEqual(['economic']);
    expect(typesOf('Coal shipments stopped in 1991.', 'stopped')).toEqual(['economic']);
  });
});
